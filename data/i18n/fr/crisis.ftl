# Translation: French. Review status: see data/i18n/locales.toml and the review pack.
# « Trouver de l’aide maintenant ». Les noms des services restent dans leur langue (ils viennent de data/crisis).

crisis-title = Trouver de l’aide maintenant
crisis-emergency-lead = Si vous êtes en danger immédiat, ou si vous sentez que vous pourriez céder à des pensées de mettre fin à vos jours, appelez les secours maintenant.
crisis-emergency-unknown = Si vous êtes en danger immédiat, appelez maintenant le numéro d’urgence de votre pays.
crisis-already-hurt = Si vous vous êtes déjà fait du mal, demandez une aide médicale maintenant, même si vous vous sentez bien.
# Pas de préposition devant le pays : « en/au/aux » varie selon le nom.
crisis-services-heading = Des personnes à qui parler : { $country }
crisis-practice-heading = De la part de ce cabinet
crisis-added-by-practice = Ajouté par ce cabinet
crisis-no-confirmed-line = Nous n’avons pas encore de ligne d’écoute vérifiée pour ce pays. Ces annuaires répertorient des lignes d’écoute dans le monde entier :
crisis-directories-lead = Vous voulez plus de choix ? Ces annuaires répertorient des lignes d’écoute dans le monde entier :
crisis-directories-unknown = Vous pouvez aussi chercher une ligne d’écoute dans ces annuaires du monde entier :
crisis-directory-iasp = Centres de crise de l’IASP
crisis-call = Appeler
# Le numéro de rechange d’une ligne (le 988 a déjà été en panne), suivi dans l’interface du numéro :
# « Si la ligne ne répond pas, appelez le » + numéro. Pas « Autre numéro » (on ne comprend pas que
# c’est une solution de repli) ni « numéro de secours » (confusion avec les secours).
crisis-call-backup = Si la ligne ne répond pas, appelez le
crisis-text = Envoyer un SMS
# Suivi dans l’interface par le numéro : « Envoyez HOME par SMS au 741741 ».
crisis-text-keyword = Envoyez { $keyword } par SMS au
crisis-menu-option = puis choisissez l’option { $option }
crisis-chat = Discuter en ligne
crisis-website = Site web
crisis-open-24-7 = Ouvert 24 h/24, 7 j/7
crisis-hours = Horaires : { $hours }
crisis-free = Gratuit
crisis-audience-young-people = Pour les jeunes
crisis-audience-lgbtq = Pour les personnes LGBTQ+
crisis-audience-veterans = Pour les anciens militaires
crisis-audience-women = Pour les femmes
crisis-audience-men = Pour les hommes
crisis-audience-older-people = Pour les personnes âgées
crisis-verified = Vérifié le { $date }
crisis-source = Source
crisis-choose-country = Choisissez votre pays
crisis-change-country = Vous êtes ailleurs ?
crisis-filter-label = Rechercher un pays
crisis-country-label = Pays
crisis-report = Signaler un numéro erroné
