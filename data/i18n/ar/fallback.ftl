# Translation: Arabic (Modern Standard Arabic). Review status: see data/i18n/locales.toml and the review pack.
# Shown by the loader when Harbor cannot start (old browser, blocked by the site's settings, a
# network error). Keep these short: they ship in the small loader script.

fallback-title = إذا كنت في خطر الآن
fallback-call = للاتصال بخدمات الطوارئ: { $number }
fallback-no-number = الرجاء الاتصال برقم الطوارئ في بلدك.
fallback-line = أو للتحدّث مع شخص ما: { $name }، { $number }
fallback-directory = للعثور على خط مساعدة قريب منك: findahelpline.com
