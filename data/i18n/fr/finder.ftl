# Translation: French. Review status: see data/i18n/locales.toml and the review pack.
# « Trouver une approche ». Vouvoiement partout. Niveau de lecture ~12 ans ; chaleureux, clair, sans promesses.
# Faits et sources : ../../../../shared/CONTENT.md ("What the evidence says",
# "How the approaches are usually described"). Règles de communication sûre : jamais de méthodes,
# jamais « commettre », aucun détail sur les blessures ; un avertissement précède les lignes sur la recherche.
# Les ids finder-q-, finder-a-, finder-why-, finder-evidence-, finder-approach-,
# finder-about-, finder-sessions-, finder-suits-less- viennent de data/finder.toml.
# Noms : CBT = TCC, DBT = TCD, DBT-A = TCD-A. Les noms des sources (Cochrane, NICE) ne sont pas traduits.

finder-title = Trouver une approche

## Introduction

finder-intro-title = Comment ça marche
finder-intro-lead = Répondez à quelques questions sur ce que vous aimeriez trouver en thérapie. Vous verrez ensuite trois types de thérapie courants, comment chacun correspond à vos réponses, et ce que la recherche en dit.
finder-intro-time = Cela prend environ deux minutes. Vous pouvez passer n’importe quelle question.
finder-intro-not-a-test = Ce n’est pas un test. Il ne pose aucun diagnostic et ne mesure aucun risque. Il vous aide à découvrir les possibilités qui s’offrent à vous.
finder-intro-private = Vos réponses restent sur cet appareil. Elles ne sont ni enregistrées ni envoyées nulle part, et elles sont effacées quand vous recommencez, fermez Harbor ou quittez cette page.
finder-intro-help = Si vous avez besoin de parler à quelqu’un tout de suite, choisissez « Trouver de l’aide maintenant », en haut. Ce bouton est présent sur chaque écran.
finder-start = Commencer

## Questions

finder-progress = Question { $n } sur { $total }
finder-next = Suivant
finder-show-results = Voir ce qui pourrait vous convenir
finder-not-sure = Je ne sais pas
finder-previous = Question précédente
finder-start-over = Recommencer
finder-choose-first = Choisissez une réponse, ou choisissez « Je ne sais pas » pour passer cette question.
finder-cleared = Vos réponses ont été effacées.

finder-q-structure = Comment aimeriez-vous que se passent vos séances ?
finder-a-structure-planned = Organisées, avec des étapes et des objectifs clairs
finder-a-structure-open = Libres, pour pouvoir parler de ce que j’ai en tête
finder-why-structure-planned = Vous aimeriez des séances avec un plan et des objectifs clairs.
finder-why-structure-open = Vous aimeriez des séances libres, où vous pouvez parler de ce que vous avez en tête.

finder-q-homework = Que penseriez-vous d’essayer des choses entre les séances, comme de courts exercices ou des notes à prendre ?
finder-a-homework-yes = Ça me plairait
finder-a-homework-no = Je préfère m’en tenir aux séances
finder-why-homework-yes = Vous êtes d’accord pour essayer des choses entre les séances.
finder-why-homework-no = Vous préférez ne pas avoir de tâches entre les séances.

finder-q-focus = Qu’aimeriez-vous surtout retirer de la thérapie ?
finder-a-focus-skills = Des compétences pratiques à utiliser quand les choses deviennent difficiles
finder-a-focus-understand = Comprendre d’où viennent mes émotions
finder-why-focus-skills = Vous aimeriez apprendre des compétences pratiques à utiliser quand les choses deviennent difficiles.
finder-why-focus-understand = Vous aimeriez comprendre d’où viennent vos émotions.

finder-q-when = De quoi aimeriez-vous surtout parler ?
finder-a-when-now = De ce qui se passe dans ma vie en ce moment, et de ce que je peux faire ensuite
finder-a-when-past = De la façon dont mon passé influence ce que je ressens aujourd’hui
finder-why-when-now = Vous aimeriez vous concentrer sur ce qui se passe en ce moment.
finder-why-when-past = Vous aimeriez explorer comment votre passé influence ce que vous ressentez aujourd’hui.

finder-q-group = Certaines thérapies comprennent un apprentissage en groupe avec d’autres personnes, en plus des séances individuelles avec un ou une thérapeute. Qu’en penseriez-vous ?
finder-a-group-ok = Un groupe, ça me va
finder-a-group-one-to-one = Je préfère uniquement des séances individuelles
finder-why-group-ok = Apprendre en groupe vous convient.
finder-why-group-one-to-one = Vous préférez uniquement des séances individuelles.

finder-q-hours = Combien de temps pourriez-vous consacrer à la thérapie chaque semaine ?
finder-a-hours-one = Environ une séance par semaine
finder-a-hours-more = Plus d’une séance par semaine, c’est possible
finder-why-hours-one = Vous aimeriez environ une séance par semaine.
finder-why-hours-more = Vous pourriez consacrer du temps à plus d’une séance par semaine.

finder-q-length = Combien de temps aimeriez-vous que la thérapie dure ?
finder-a-length-short = Quelques mois ou moins
finder-a-length-long = Environ un an, ou plus si ça aide
finder-why-length-short = Vous aimeriez une thérapie de quelques mois ou moins.
finder-why-length-long = Une thérapie d’environ un an, ou plus longue, vous convient.

finder-q-age = Dernière question : avez-vous moins de 18 ans ? Cela change les recherches que nous vous montrons.
finder-a-age-under-18 = Oui, j’ai moins de 18 ans
finder-a-age-adult = Non, j’ai 18 ans ou plus
finder-why-age-under-18 = Vous avez moins de 18 ans. Une forme de TCD conçue pour les adolescents (TCD-A) est celle qui a les résultats de recherche les plus solides chez les jeunes.

## Résultat

finder-result-title = Ce qui pourrait vous convenir
finder-frame-not-a-test = Ce n’est pas un test. Il ne pose aucun diagnostic et ne mesure aucun risque. Il compare seulement ce que vous avez dit souhaiter avec la façon dont chaque thérapie se déroule habituellement.
finder-frame-evidence = La recherche sur chaque thérapie prise à part reste limitée, sauf pour la TCD conçue pour les adolescents (TCD-A).
finder-frame-fit = L’entente entre vous et votre thérapeute compte beaucoup. Il est utile de trouver quelqu’un avec qui le courant passe et en qui vous sentez que vous pouvez avoir confiance.
finder-result-lead = Voici les trois, en commençant par celle qui correspond le mieux à vos réponses.
finder-result-hope = Beaucoup de personnes constatent qu’avec un soutien adapté, les choses peuvent aller mieux.
finder-content-note = Cette partie porte sur la recherche concernant les comportements auto-agressifs. Il n’est question que d’études, sans aucun détail, et vous pouvez la passer.
finder-all-level = Vos réponses ne désignent pas une approche plus que les autres : elles sont donc présentées dans un ordre fixe.
finder-level-with-above = Vos réponses correspondent autant à celle-ci qu’à celle du dessus.

finder-heading-why = Pourquoi elle apparaît
finder-no-reasons = Aucune de vos réponses ne menait à celle-ci. Cela peut quand même valoir la peine de poser la question.
finder-reasons-count = { $count ->
    [one] Une de vos réponses mène à celle-ci.
   *[other] { $count } de vos réponses mènent à celle-ci.
}
finder-more = Pourquoi elle apparaît, et plus
finder-summary-cbt = Concrète et structurée : vous regardez les liens entre pensées, émotions et actions, et vous essayez des choses entre les séances.
finder-summary-dbt = Des compétences pour les émotions très intenses, apprises en groupe chaque semaine et en séances individuelles, en général pendant environ un an.
finder-summary-psychodynamic = Un espace pour parler librement et comprendre comment votre passé influence ce que vous ressentez aujourd’hui.
finder-heading-what = De quoi il s’agit
finder-heading-sessions = Comment se passent les séances
finder-heading-research = Recherche sur les comportements auto-agressifs
finder-heading-suits-less = À qui elle peut moins convenir
finder-source = Source :

finder-approach-cbt = TCC (thérapie cognitivo-comportementale)
finder-about-cbt = La TCC s’intéresse aux liens entre vos pensées, vos émotions et vos actions dans votre vie actuelle. Avec votre thérapeute, vous cherchez des moyens concrets de faire face aux problèmes, et vous essayez des choses entre les séances.
finder-sessions-cbt = Souvent de 6 à 20 séances, chaque semaine ou toutes les deux semaines, de 30 à 60 minutes chacune. Elle peut se faire en individuel, en groupe, ou en autonomie guidée, avec un livre ou un cours en ligne.
finder-suits-less-cbt = Elle peut moins vous convenir si vous préférez parler librement sans plan, si vous ne voulez pas de tâches entre les séances, ou si vous voulez explorer votre passé en profondeur.

finder-approach-dbt = TCD (thérapie comportementale dialectique)
finder-about-dbt = La TCD a été conçue pour les personnes qui ressentent leurs émotions de façon très intense, y compris les personnes qui se font du mal. Elle enseigne des compétences dans quatre domaines : prêter attention au moment présent (pleine conscience), traverser les moments vraiment difficiles, gérer les émotions fortes, et bien s’entendre avec les autres.
finder-sessions-dbt = En général, environ un an, avec un groupe de compétences chaque semaine et une séance individuelle chaque semaine. Beaucoup de programmes proposent aussi un soutien par téléphone entre les séances, pour vous aider à utiliser ces compétences. La version pour les adolescents (TCD-A) inclut les parents ou d’autres adultes qui s’occupent du jeune.
finder-suits-less-dbt = Elle peut moins vous convenir si vous ne pouvez pas consacrer de temps à plus d’une séance par semaine, si vous préférez ne pas être en groupe, ou si vous voulez quelque chose de court.

finder-approach-psychodynamic = Thérapie psychodynamique
finder-about-psychodynamic = La thérapie psychodynamique vous offre un espace pour parler librement. Elle vous aide à comprendre comment vos expériences passées, et des émotions dont vous n’avez peut-être pas conscience, influencent ce que vous ressentez et ce que vous faites aujourd’hui. Votre relation avec votre thérapeute est une part importante du travail.
finder-sessions-psychodynamic = En général en individuel, une fois par semaine, environ 50 minutes par séance. Elle commence souvent par quelques rendez-vous pour faire connaissance, puis dure des mois, un an ou plus. Il n’y a pas de devoirs.
finder-suits-less-psychodynamic = Elle peut moins vous convenir si vous voulez rapidement des outils pratiques, un plan clair pour chaque séance, ou une thérapie courte.

## À quel point la recherche est sûre (des mots simples pour chaque niveau de certitude, et pour les sources qui n’en ont pas)

finder-certainty-high = Preuves solides : les scientifiques sont confiants que l’effet réel est proche de ce qu’ont trouvé les études.
finder-certainty-moderate = Preuves modérées : l’effet réel est probablement proche de ce qu’ont trouvé les études, mais il pourrait être assez différent.
finder-certainty-low = Preuves limitées : l’effet réel pourrait être assez différent de ce qu’ont trouvé les études.
finder-certainty-very-low = Preuves très limitées : les scientifiques sont très incertains. L’effet réel est probablement assez différent de ce qu’ont trouvé les études.
finder-kind-trial = Une seule petite étude : une étude seule ne permet pas d’en être sûr.
finder-kind-guideline = Recommandation : les conseils officiels de santé en Angleterre.

finder-evidence-cbt-adult = Chez les adultes, une thérapie individuelle fondée sur la TCC pourrait réduire la probabilité que les comportements auto-agressifs se reproduisent d’ici la fin du traitement. Certains éléments suggèrent aussi qu’elle pourrait aider 6 et 12 mois plus tard.
finder-evidence-cbt-adult-nice = Les recommandations de santé en Angleterre proposent une psychothérapie structurée aux adultes qui se sont fait du mal. Elle s’appuie sur des idées de la TCC, elle est adaptée à chaque personne et elle dure en général de 4 à 10 séances.
finder-evidence-cbt-under-18 = Chez les moins de 18 ans, deux petites études sur une thérapie individuelle fondée sur la TCC n’ont pas trouvé de différence claire, par rapport aux soins habituels, sur le fait que les comportements auto-agressifs se reproduisent ou non d’ici la fin du traitement.
finder-evidence-dbt-adult = Chez les adultes, on ne sait vraiment pas si la TCD rend moins probable que les comportements auto-agressifs se reproduisent. Elle pourrait aider à ce qu’ils soient moins fréquents.
finder-evidence-dbt-under-18 = Chez les moins de 18 ans, la TCD conçue pour les adolescents (TCD-A) a réduit la probabilité que les comportements auto-agressifs se reproduisent d’ici la fin du traitement. Ce résultat vient de 4 petites études portant sur 270 jeunes au total. C’est le résultat le plus solide de ces recherches, mais aucune étude ne peut promettre comment la thérapie se passera pour une personne.
finder-evidence-dbt-under-18-nice = Les recommandations de santé en Angleterre indiquent que la TCD-A peut être envisagée pour les jeunes qui se font souvent du mal et qui ont beaucoup de difficultés à gérer les émotions fortes.
finder-evidence-psychodynamic-adult = Dans une petite étude de 2001, des adultes ont eu quatre séances à domicile d’une psychothérapie psychodynamique, après un passage à l’hôpital. Six mois plus tard, ils étaient moins nombreux à dire s’être de nouveau fait du mal que les personnes qui avaient reçu les soins habituels. Ce n’était pas la principale chose que mesurait l’étude.
finder-evidence-psychodynamic-adult-mbt = Chez les adultes, une étude a porté sur une thérapie proche (MBT, issue d’idées psychodynamiques). À la fin du traitement, moins de personnes s’étaient de nouveau fait du mal qu’avec les autres soins de l’étude, et cela arrivait moins souvent.
finder-evidence-psychodynamic-under-18 = Chez les moins de 18 ans, deux petites études ont porté sur une thérapie proche pour les adolescents (MBT-A, issue d’idées psychodynamiques). On ne sait vraiment pas si elle réduit la probabilité que les comportements auto-agressifs se reproduisent.

# The name of each line's source, shown as its link (finder-source-<evidence id>).
finder-source-cbt-adult = Revue Cochrane chez l’adulte, Witt et al. 2021
finder-source-cbt-adult-nice = Recommandation NICE NG225 (2022)
finder-source-cbt-under-18 = Revue Cochrane chez les moins de 18 ans, Witt et al. 2021
finder-source-dbt-adult = Revue Cochrane chez l’adulte, Witt et al. 2021
finder-source-dbt-under-18 = Revue Cochrane chez les moins de 18 ans, Witt et al. 2021
finder-source-dbt-under-18-nice = Recommandation NICE NG225 (2022)
finder-source-psychodynamic-adult = Guthrie et al. 2001, BMJ
finder-source-psychodynamic-adult-mbt = Revue Cochrane chez l’adulte, Witt et al. 2021
finder-source-psychodynamic-under-18 = Revue Cochrane chez les moins de 18 ans, Witt et al. 2021

## Prochaines étapes

finder-next-title = Une bonne prochaine étape
finder-next-lead = Un ou une thérapeute peut vous aider à choisir. Vous pouvez poser des questions sur chacune de ces approches, et demander si elle est proposée.
finder-contact-default = Contacter ce cabinet
finder-back-to-questions = Revenir aux questions
