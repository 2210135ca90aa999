# Harbor: the frame around every screen. Reading age about 12; warm, calm, no promises.
# Safe-messaging rules: ../../../../shared/CONTENT.md (never "panic button").

home-title = Support for difficult moments
home-intro = Take a moment. You can try a calming exercise, learn about kinds of therapy, or find someone to talk to. Nothing you do here is saved or sent.
home-grounding-blurb = Short exercises you can try right now. They may help you feel steadier.
home-finder-blurb = A few questions about what you want from therapy, and what might suit you.
# Lines have hours and queues: say who answers (people trained to listen), not that someone always will.
home-crisis-blurb = Phone, text and chat lines with people trained to listen. Many are open day and night.

quick-exit = Quick exit
get-help-now = Get help now
# The way back to the home screen is named for it: "‹ Home".
nav-home = Home
privacy-note = Nothing you do here is saved or sent. It stays on this device.
language-label = Language
# In the footer, only for a translation not yet signed off in data/i18n/locales.toml (never
# shown in English, the source).
translation-not-reviewed = This translation has not yet been checked by someone with clinical training.

launcher-open = Need support?
launcher-title = Harbor support
launcher-close = Close

step-of = Step { $step } of { $total }
