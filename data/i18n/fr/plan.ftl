# Translation: French. Review status: see data/i18n/locales.toml and the review pack.
# Vouvoiement partout ; niveau de lecture ~12 ans ; chaleureux, calme, sans promesses (« peut aider », jamais « va »).
# « Mon plan pour les moments difficiles » : un plan de sécurité que la personne écrit, une étape par écran
# (les six étapes de Stanley et Brown, puis une septième facultative), puis imprime, enregistre ou copie.
# Chaque étape peut être passée ; rien ne compte ce qui est fait.
# Règles de communication sûre : ../../../../shared/CONTENT.md. L’étape sur l’environnement plus sûr ne
# nomme jamais une méthode, un moyen ou un objet : elle parle de « certaines choses » et de demander de l’aide.
# Les idées sont de courtes phrases à la première personne que la personne touche pour les ajouter à son
# plan ; ni nourriture, ni alcool, ni comportements « de substitution ».
# Pas d’accord au féminin ou au masculin pour la personne qui lit (« retrouver un peu de calme », pas
# « vous sentir plus calme » avec un adjectif accordé). Sources et raisons : data/plan/README.md.

plan-title = Mon plan pour les moments difficiles
# La carte du plan sur l’écran d’accueil.
home-plan-blurb = Notez, étape par étape, ce qui peut vous aider quand les choses deviennent difficiles. Votre plan reste sur cet appareil.
# Le chemin vers le plan depuis « Trouver de l’aide maintenant » : court, pour tenir sur une ligne.
plan-short-name = Mon plan

## L’introduction

plan-intro-title = Qu’est-ce qu’un plan de sécurité ?
plan-intro = Un plan de sécurité est une courte liste, avec vos propres mots, de choses qui peuvent vous aider à traverser un moment difficile : d’abord ce que vous pouvez faire par vous-même, puis des personnes qui peuvent vous aider.
plan-start = Commencer mon plan
# À la place de « Commencer mon plan » quand quelque chose est déjà écrit.
plan-continue = Continuer mon plan
plan-intro-private = Rien de ce que vous écrivez n’est enregistré ni envoyé. Écrivez autant ou aussi peu que vous le souhaitez, et passez n’importe quelle étape. Si vous le pouvez, partagez votre plan avec une personne de confiance ou avec votre thérapeute.
plan-intro-calm = Il peut être plus facile de faire ce plan un jour plus calme.
plan-intro-source = Ce plan suit la Safety Planning Intervention (intervention de plan de sécurité) de Barbara Stanley et Gregory Brown, utilisée par de nombreux services de santé.

## À chaque étape

plan-ideas = Touchez une idée pour l’ajouter, ou écrivez la vôtre.
plan-optional = Vous pouvez laisser cette étape vide.
plan-next = Suivant
plan-previous = Étape précédente
plan-see-plan = Voir mon plan

## Les étapes

plan-signs-title = Mes signes d’alerte
plan-signs-prompt = Qu’est-ce qui vous indique qu’un moment difficile pourrait commencer ? Cela peut être une pensée, une émotion, une sensation dans votre corps, ou quelque chose qui arrive.
plan-signs-idea-1 = Je ne réponds plus aux messages
plan-signs-idea-2 = Je n’arrive pas à dormir, ou je dors toute la journée
plan-signs-idea-3 = Je commence à penser que rien ne va s’arranger
plan-signs-idea-4 = J’ai la poitrine serrée et lourde
plan-signs-idea-5 = J’annule mes sorties et je reste dans ma chambre
plan-signs-idea-6 = Après une dispute ou une mauvaise nouvelle

plan-alone-title = Ce que je peux faire par moi-même
plan-alone-prompt = Qu’est-ce qui vous aide à retrouver un peu de calme, ou à penser à autre chose, même quelques minutes ? Les choses simples marchent souvent bien. Les exercices de Harbor sont là aussi.
plan-alone-idea-1 = Mettre une chanson que j’adore
plan-alone-idea-2 = Faire un petit tour à pied
plan-alone-idea-3 = M’envelopper dans une couverture douce
plan-alone-idea-4 = Écrire ce que je ressens

plan-distract-title = Des personnes et des lieux qui me changent les idées
plan-distract-prompt = Où pourriez-vous aller, ou avec qui pourriez-vous passer du temps, pour vous changer les idées ? Vous n’avez pas besoin de parler de ce que vous ressentez.
plan-distract-idea-1 = La bibliothèque ou une librairie
plan-distract-idea-2 = Un parc où il y a du monde
plan-distract-idea-3 = Un ami ou une amie avec qui parler de tout et de rien
plan-distract-idea-4 = Un club, un cours ou une équipe où je vais
plan-distract-idea-5 = Un groupe en ligne autour d’un de mes loisirs

plan-ask-title = Des personnes à qui je peux demander de l’aide
plan-ask-prompt = À qui pourriez-vous dire que vous traversez un moment difficile ? Notez comment joindre chaque personne. Écrire ce que vous diriez peut aider, pour que ce soit plus facile sur le moment.
plan-ask-none = Si personne ne vous vient à l’esprit pour l’instant, ce n’est pas grave. L’étape suivante présente des personnes dont le métier est d’écouter.
plan-ask-idea-1 = Un ami ou une amie à qui je peux envoyer un message
plan-ask-idea-2 = Quelqu’un de ma famille en qui j’ai confiance
plan-ask-idea-3 = Un prof, un coach ou un animateur jeunesse
plan-ask-idea-4 = Mon ou ma partenaire, ou ma famille choisie
plan-ask-idea-5 = Dire : « Je traverse un moment difficile. Tu peux rester un peu avec moi ? »

plan-services-title = Des professionnels et des services
plan-services-prompt = Ce sont des personnes dont le métier est d’écouter et d’aider. Le numéro d’urgence et les lignes d’écoute de votre pays sont déjà là. Vous pouvez les modifier et ajouter les vôtres.
plan-services-idea-1 = Mon médecin traitant
plan-services-idea-2 = Mon thérapeute ou mon psychologue
plan-services-idea-3 = Le psy de mon école ou de ma fac
plan-services-idea-4 = L’équipe de crise près de chez moi

plan-safer-title = Rendre mon environnement plus sûr
plan-safer-prompt = Quand les choses sont très difficiles, rendre l’endroit où vous êtes plus rassurant, ou être près de quelqu’un, peut vous aider. Vous n’avez pas à y réfléchir sans soutien : vous pourriez préparer cette étape avec une personne de confiance ou avec votre thérapeute.
plan-safer-idea-1 = Demander à une personne de confiance de m’aider pour ça
plan-safer-idea-2 = Parler de cette étape avec mon thérapeute
plan-safer-idea-3 = Demander à quelqu’un de garder certaines choses pour moi
plan-safer-idea-4 = Aller là où il y a du monde
plan-safer-idea-5 = Rester près de quelqu’un un moment

plan-matters-title = Ce qui compte pour moi
plan-matters-prompt = Si vous le souhaitez, notez des choses qui comptent pour vous ou que vous avez hâte de vivre, grandes ou petites.
plan-matters-idea-1 = Les personnes que j’aime
plan-matters-idea-2 = Mon animal de compagnie, toujours heureux de me voir
plan-matters-idea-3 = Les petites choses, comme un matin ensoleillé
plan-matters-idea-4 = Un endroit que j’aimerais voir un jour
plan-matters-idea-5 = Des musiques qui me touchent encore

## Le plan complet

plan-summary-title = Votre plan
plan-summary-lead = Voici tout ce que vous avez écrit. Vous pouvez modifier n’importe quelle étape, puis imprimer, enregistrer ou copier votre plan.
# Un bouton après le texte de chaque étape ; $step est le titre de l’étape.
plan-change = Modifier : { $step }
plan-nothing-yet = Rien d’écrit pour l’instant.
plan-keep-lead = Votre plan est seulement sur cet écran. Quand vous fermez Harbor ou quittez cette page, il est effacé et ne peut pas être récupéré. Pour le garder, imprimez-le, enregistrez-le ou copiez-le d’abord.
plan-device-warning = Avant d’enregistrer ou d’imprimer : sur un appareil ou une imprimante partagés, d’école ou de travail, d’autres personnes pourraient voir votre plan.
plan-print = Imprimer
plan-save = Enregistrer dans un fichier
plan-copy = Copier
# Lu par les lecteurs d’écran.
plan-saved = Votre plan a été enregistré dans un fichier sur cet appareil.
# Lu par les lecteurs d’écran.
plan-copied = Votre plan a été copié. Vous pouvez le coller dans un endroit privé.
plan-copy-failed = La copie n’a pas fonctionné ici. Vous pouvez sélectionner le texte de votre plan et le copier vous-même.
# Le nom du fichier enregistré, sans « .txt » : un nom simple qui ne dit pas ce qu’il contient. Seulement
# des lettres minuscules sans accents, des chiffres et des traits d’union.
plan-file-name = mon-plan
# La première ligne de l’étape des professionnels, avant les lignes d’écoute.
plan-emergency = Numéro d’urgence : { $number }
# La dernière ligne du plan, à l’écran, sur papier et dans le fichier.
plan-danger-now = Si vous êtes en danger immédiat, appelez le { $number }.
plan-danger-now-unknown = Si vous êtes en danger immédiat, appelez le numéro d’urgence de votre pays.

## Effacer

plan-clear = Effacer mon plan
plan-clear-confirm = Effacer tout ce que vous avez écrit ? Vous ne pourrez pas revenir en arrière.
plan-clear-yes = Oui, l’effacer
plan-clear-no = Garder mon plan
# Lu par les lecteurs d’écran.
plan-cleared = Votre plan a été effacé.
