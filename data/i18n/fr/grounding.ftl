# Translation: French. Review status: see data/i18n/locales.toml and the review pack.
# « Vous ancrer dès maintenant » : exercices d’ancrage. Vouvoiement partout. Niveau de lecture ~12 ans ; chaleureux, calme, sans promesses, sans séries ni scores.
# Règles de communication sûre : ../../../../shared/CONTENT.md. En particulier : jamais de comportements « de substitution »
# (glace, élastique, stylo rouge) ; 5-4-3-2-1 vient en premier car il n’utilise pas la respiration ; pas de techniques TIPP ici.
# Pas d’accord au féminin ou au masculin pour la personne qui lit (« vous avez pris », pas « vous êtes resté »).

grounding-title = Vous ancrer dès maintenant

## Le menu

grounding-intro = Choisissez ce qui vous convient. Vous pouvez arrêter à tout moment.
grounding-senses-title = 5-4-3-2-1 avec vos sens
grounding-senses-blurb = Remarquez ce qui vous entoure, un sens à la fois. Cet exercice n’utilise pas la respiration.
grounding-breathing-title = Respiration rythmée
grounding-breathing-blurb = Respirez en suivant un compte lent et régulier.
grounding-urge-title = Surfer sur la vague
grounding-urge-blurb = Un minuteur pour vous aider à rester avec une envie forte. La plupart des envies se calment avec le temps.
grounding-muscle-title = Contracter et relâcher
grounding-muscle-blurb = Contractez doucement une partie de votre corps, puis relâchez-la, une partie à la fois.
grounding-ideas-title = Des idées pour vous réconforter et vous distraire
grounding-ideas-blurb = De petites choses sans danger que vous pouvez faire tout de suite.
grounding-all-exercises = Tous les exercices

## Commun à tous les exercices

grounding-start = Commencer
grounding-pause = Pause
grounding-resume = Reprendre
grounding-stop = Arrêter
# Lu par les lecteurs d’écran quand la personne met en pause.
grounding-paused = En pause.
grounding-seconds-left = { $seconds ->
    [one] Il reste { $seconds } seconde
   *[other] Il reste { $seconds } secondes
}
grounding-checkin-title = Comment vous sentez-vous maintenant ?
grounding-checkin-text = Quoi que vous ressentiez, c’est normal. Vous pouvez refaire cet exercice, essayer autre chose ou parler à quelqu’un dès maintenant.
grounding-again = Refaire cet exercice
grounding-try-another = Essayer un autre exercice

## 5-4-3-2-1 avec vos sens

grounding-senses-intro = Prenez votre temps. Il n’y a pas de mauvaise réponse, et vous pouvez passer n’importe quelle étape.
grounding-senses-ideas = Quelques idées. Cochez celles que vous remarquez, si vous le souhaitez.
grounding-senses-see-heading = 5 choses que vous pouvez voir
grounding-senses-see-prompt = Regardez lentement autour de vous. Trouvez cinq choses que vous pouvez voir, grandes ou petites.
grounding-senses-see-1 = Quelque chose de bleu
grounding-senses-see-2 = Une lumière ou une fenêtre
grounding-senses-see-3 = Quelque chose au loin
grounding-senses-see-4 = Quelque chose avec des mots écrits dessus
grounding-senses-see-5 = Une forme qui vous plaît
grounding-senses-see-6 = Quelque chose qui bouge
grounding-senses-touch-heading = 4 choses que vous pouvez sentir au toucher
grounding-senses-touch-prompt = Remarquez quatre choses que vous sentez sur votre corps ou que vous pouvez toucher. Restez un moment avec chacune.
grounding-senses-touch-1 = Vos pieds sur le sol
grounding-senses-touch-2 = Vos vêtements sur votre peau
grounding-senses-touch-3 = Quelque chose de doux
grounding-senses-touch-4 = Quelque chose de lisse
grounding-senses-touch-5 = Le siège ou le lit sous vous
grounding-senses-hear-heading = 3 choses que vous pouvez entendre
grounding-senses-hear-prompt = Écoutez trois sons, proches ou lointains. Les petits bruits comptent aussi.
grounding-senses-hear-1 = Des voix ou de la musique
grounding-senses-hear-2 = La circulation ou le vent
grounding-senses-hear-3 = Le bourdonnement d’un frigo, d’un ventilateur ou d’un ordinateur
grounding-senses-hear-4 = Des oiseaux ou d’autres animaux
grounding-senses-hear-5 = Vos propres pas ou mouvements
grounding-senses-smell-heading = 2 odeurs que vous pouvez sentir
grounding-senses-smell-prompt = Remarquez deux odeurs. Si vous ne sentez rien, pensez à deux odeurs que vous aimez.
grounding-senses-smell-1 = Du savon ou des vêtements propres
grounding-senses-smell-2 = L’air frais
grounding-senses-smell-3 = Des fleurs, des feuilles ou de l’herbe
grounding-senses-smell-4 = Une odeur que vous adorez
grounding-senses-taste-heading = 1 chose que vous pouvez goûter
grounding-senses-taste-prompt = Remarquez un goût dans votre bouche. Vous pouvez boire une gorgée d’eau, ou penser à un goût que vous aimez.
grounding-senses-taste-1 = Du dentifrice
grounding-senses-taste-2 = Une gorgée d’eau
grounding-senses-taste-3 = Le goût que vous avez dans la bouche maintenant
grounding-senses-taste-4 = Une boisson ou un plat que vous aimez
grounding-senses-previous = Étape précédente
grounding-senses-next = Suivant
grounding-senses-finish = Terminer
grounding-senses-done = Vous avez pris le temps de remarquer le monde autour de vous, ici et maintenant.

## Respiration rythmée

grounding-breathing-intro = Respirez en suivant les mots et la forme. Allez-y doucement. Ne forcez jamais votre respiration, et ne la retenez jamais plus longtemps que ce qui vous convient.
grounding-breathing-not-for-you = Si vous vous sentez moins bien quand vous pensez à votre respiration, cela arrive à beaucoup de personnes. Essayez plutôt 5-4-3-2-1.
grounding-breathing-try-senses = Essayer plutôt 5-4-3-2-1
grounding-breathing-rhythm = Rythme
grounding-breathing-preset-box = Carré : inspirez 4, retenez 4, expirez 4, repos 4
grounding-breathing-preset-478 = 4-7-8 : inspirez 4, retenez 7, expirez 8
grounding-breathing-preset-longer = Expiration plus longue : inspirez 4, expirez 6
grounding-breathing-dizzy = Si la tête vous tourne, arrêtez et respirez normalement.
grounding-breathing-more = Modifier le rythme, la durée ou les signaux
grounding-breathing-own = Vos propres durées
grounding-breathing-own-hint = Pour enlever « Retenez » ou « Repos », mettez-le à 0.
grounding-breathing-in-seconds = Inspirez (secondes)
grounding-breathing-hold-seconds = Retenez (secondes)
grounding-breathing-out-seconds = Expirez (secondes)
grounding-breathing-rest-seconds = Repos (secondes)
grounding-breathing-length = Durée
grounding-breathing-by-minutes = En minutes
grounding-breathing-by-breaths = En nombre de respirations
grounding-breathing-minutes = Minutes
grounding-breathing-breaths = Respirations
grounding-breathing-cues = Signaux en plus (désactivés tant que vous ne les activez pas)
grounding-breathing-vibrate = Vibrer : une fois pour inspirer, deux fois pour expirer
grounding-breathing-sound = Un son doux au moment d’inspirer ou d’expirer
grounding-breathing-phase-in = Inspirez
grounding-breathing-phase-hold = Retenez
grounding-breathing-phase-out = Expirez
grounding-breathing-phase-rest = Repos
# Lu par les lecteurs d’écran à chaque changement, par exemple « Inspirez, 4 secondes ».
grounding-breathing-announce = { $phase }, { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}
grounding-breathing-breath-of = Respiration { $n } sur { $total }
grounding-breathing-breath = Respiration { $n }
grounding-breathing-minutes-left = { $minutes ->
    [0] Il reste moins d’une minute
    [one] Il reste environ { $minutes } minute
   *[other] Il reste environ { $minutes } minutes
}
grounding-breathing-done = Vous avez pris quelques minutes pour respirer calmement.
grounding-breathing-stopped = Vous avez arrêté, et c’est très bien. Si vous concentrer sur votre respiration ne vous a pas fait du bien, le 5-4-3-2-1 ne passe pas du tout par la respiration.

## Surfer sur la vague (urge surfing)

grounding-urge-intro = Une envie forte peut donner l’impression qu’elle ne fera que grandir. Mais la plupart des envies sont comme des vagues : elles montent, atteignent un sommet, puis redescendent. Vous n’avez pas à suivre celle-ci.
grounding-urge-how = Choisissez une durée. Chaque minute, on vous demandera comment ça se passe.
grounding-urge-choose = Combien de temps ?
grounding-urge-minutes = { $minutes } minutes
grounding-urge-guide = Remarquez où vous sentez cette envie dans votre corps. Laissez-la monter. Vous n’avez rien à en faire. Observez-la simplement, comme une vague.
grounding-urge-time-left = Temps restant : { $time }
grounding-urge-check-title = L’envie s’est-elle calmée ?
grounding-urge-check-text = Ce n’est pas grave si ce n’est pas encore le cas. Certaines vagues mettent plus de temps à passer.
grounding-urge-timeup-title = Le temps est écoulé. L’envie s’est-elle calmée ?
grounding-urge-eased = Oui, elle s’est calmée
grounding-urge-keep-going = Pas encore, je continue
grounding-urge-extend = Ajouter 5 minutes
grounding-urge-stronger = Elle devient plus forte
grounding-urge-not-eased = Elle ne s’est pas encore calmée
grounding-urge-reach-title = C’est normal de demander de l’aide
grounding-urge-reach-text = Quand une envie reste forte, parler à quelqu’un peut aider. Vous n’avez pas à traverser ce moment sans soutien.
grounding-urge-back = Revenir au minuteur
grounding-urge-eased-text = Vous avez observé la vague jusqu’à ce qu’elle passe. Si l’envie revient, vous pouvez aussi revenir ici.

## Contracter et relâcher (relaxation musculaire)

grounding-muscle-intro = Vous allez contracter doucement une partie de votre corps, puis la relâcher, une partie à la fois. Contractez seulement autant que ça reste confortable, jamais au point d’avoir mal. Passez toute partie du corps qui vous fait mal ou qui est blessée.
grounding-muscle-hands = Mains
grounding-muscle-hands-how = Fermez les deux poings et serrez doucement.
grounding-muscle-arms = Bras
grounding-muscle-arms-how = Pliez les coudes et contractez le haut de vos bras.
grounding-muscle-shoulders = Épaules
grounding-muscle-shoulders-how = Levez les épaules vers vos oreilles.
grounding-muscle-face = Visage
grounding-muscle-face-how = Plissez les yeux, le nez et la bouche.
grounding-muscle-legs = Jambes
grounding-muscle-legs-how = Tendez les jambes devant vous et contractez-les.
grounding-muscle-feet = Pieds
grounding-muscle-feet-how = Appuyez vos pieds sur le sol et repliez vos orteils.
grounding-muscle-tense = Contractez doucement
grounding-muscle-release = Relâchez
grounding-muscle-release-how = Relâchez tout. Remarquez ce que ça fait de se détendre. Si vous le souhaitez, expirez lentement en pensant au mot « détente ».
# Lu par les lecteurs d’écran au début de chaque partie, par exemple « Mains : Fermez les deux poings et serrez doucement. »
grounding-muscle-announce = { $part } : { $how }
grounding-muscle-skip = Passer cette partie
grounding-muscle-done = Vous avez pris le temps de laisser votre corps se relâcher un peu.

## Des idées pour vous réconforter et vous distraire

grounding-ideas-intro = Essayez une petite chose. Si ça n’aide pas, essayez-en une autre. Il n’y a pas une seule bonne façon de faire.
grounding-ideas-grounding = Vous ancrer
grounding-ideas-grounding-1 = Appuyez vos pieds sur le sol et remarquez ce que vous ressentez.
grounding-ideas-grounding-2 = Tenez quelque chose de doux ou de réconfortant, comme une couverture ou un coussin.
grounding-ideas-grounding-3 = Nommez toutes les couleurs que vous voyez autour de vous.
grounding-ideas-comfort = Vous réconforter
grounding-ideas-comfort-1 = Enveloppez-vous dans quelque chose de chaud.
grounding-ideas-comfort-2 = Préparez une boisson chaude et buvez-la lentement, par petites gorgées.
grounding-ideas-comfort-3 = Mettez une chanson qui vous fait vous sentir en sécurité.
grounding-ideas-comfort-4 = Passez du temps avec un animal de compagnie.
grounding-ideas-distract = Vous distraire
grounding-ideas-distract-1 = Faites un puzzle, un jeu de mots ou un coloriage.
grounding-ideas-distract-2 = Regardez ou écoutez quelque chose de drôle ou de familier.
grounding-ideas-distract-3 = Rangez un petit espace, comme un tiroir ou une étagère.
grounding-ideas-distract-4 = Faites une petite promenade tranquille, dans un endroit où vous vous sentez en sécurité.
grounding-ideas-express = Exprimer ce que vous ressentez
grounding-ideas-express-1 = Écrivez ce que vous ressentez, puis pliez la feuille et rangez-la.
grounding-ideas-express-2 = Dessinez ou gribouillez ce que vous ressentez sur une feuille de papier.
grounding-ideas-express-3 = Chantez, fredonnez, ou pleurez si vous en avez besoin.
grounding-ideas-connect = Aller vers les autres
grounding-ideas-connect-1 = Envoyez un message ou appelez une personne de confiance.
grounding-ideas-connect-2 = Restez près d’autres personnes, comme votre famille, ou allez dans un lieu accueillant.
grounding-ideas-connect-3 = Parlez à une ligne d’écoute. Les personnes qui répondent sont formées à l’écoute.
