# Translation: French. Review status: see data/i18n/locales.toml and the review pack.
# Affiché par le chargeur quand Harbor ne peut pas démarrer. Textes courts : ils sont dans le petit script du chargeur.

fallback-title = Si vous êtes en danger maintenant
fallback-call = Appelez le { $number } (numéro d’urgence)
fallback-no-number = Appelez le numéro d’urgence de votre pays.
fallback-line = Ou parlez à quelqu’un : { $name }, { $number }
fallback-directory = Trouvez une ligne d’écoute près de chez vous : findahelpline.com
