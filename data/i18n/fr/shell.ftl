# Translation: French. Review status: see data/i18n/locales.toml and the review pack.
# Harbor : le cadre de chaque écran. Vouvoiement partout. Niveau de lecture ~12 ans ; chaleureux, calme, sans promesses.
# Règles de communication sûre : ../../../../shared/CONTENT.md (jamais « bouton panique »).

home-title = Du soutien pour les moments difficiles
home-intro = Prenez un moment. Vous pouvez essayer un exercice pour vous apaiser, découvrir différentes formes de thérapie ou trouver quelqu’un à qui parler. Rien de ce que vous faites ici n’est enregistré ni envoyé.
home-grounding-blurb = De courts exercices à essayer dès maintenant. Ils pourraient vous aider à vous sentir plus stable.
home-finder-blurb = Quelques questions sur ce que vous attendez d’une thérapie, et sur ce qui pourrait vous convenir.
home-crisis-blurb = Des lignes par téléphone, SMS et tchat, avec des personnes formées à l’écoute. Beaucoup sont ouvertes jour et nuit.

quick-exit = Sortie rapide
get-help-now = Trouver de l’aide maintenant
nav-home = Accueil
privacy-note = Rien de ce que vous faites ici n’est enregistré ni envoyé. Tout reste sur cet appareil.
language-label = Langue
translation-not-reviewed = Cette traduction n’a pas encore été vérifiée par une personne ayant une formation clinique.

launcher-open = Besoin de soutien ?
launcher-title = Soutien Harbor
launcher-close = Fermer

step-of = Étape { $step } sur { $total }
