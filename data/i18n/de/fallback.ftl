# Translation: German. Review status: see data/i18n/locales.toml and the review pack.
# Shown by the loader when Harbor cannot start (old browser, blocked by the site's settings, a
# network error). Keep these short: they ship in the small loader script.

fallback-title = Wenn du gerade in Gefahr bist
fallback-call = Ruf { $number } an (Notruf)
fallback-no-number = Ruf die Notrufnummer in deinem Land an.
fallback-line = Oder sprich mit jemandem: { $name }, { $number }
fallback-directory = Ein Hilfetelefon in deiner Nähe findest du hier: findahelpline.com
