# Shown by the loader when Harbor cannot start (old browser, blocked by the site's settings, a
# network error). Keep these short: they ship in the small loader script.

fallback-title = If you are in danger now
fallback-call = Call { $number } (emergency services)
fallback-no-number = Call your local emergency number.
fallback-line = Or talk to someone: { $name }, { $number }
fallback-directory = Find a helpline near you: findahelpline.com
