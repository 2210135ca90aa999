# Translation: German. Review status: see data/i18n/locales.toml and the review pack.
# Harbor: the frame around every screen. Reading age about 12; warm, calm, no promises.
# Safe-messaging rules: ../../../../shared/CONTENT.md (never "panic button").
# Address form: informal "du" throughout, as on TelefonSeelsorge's chat.

home-title = Unterstützung für schwere Momente
home-intro = Nimm dir einen Moment. Du kannst eine beruhigende Übung ausprobieren, etwas über Therapieformen erfahren oder jemanden finden, mit dem du reden kannst. Nichts, was du hier tust, wird gespeichert oder verschickt.
home-grounding-blurb = Kurze Übungen, die du jetzt gleich ausprobieren kannst. Vielleicht helfen sie dir, wieder etwas Halt zu finden.
home-finder-blurb = Ein paar Fragen dazu, was du dir von einer Therapie wünschst – und was zu dir passen könnte.
home-crisis-blurb = Telefon, SMS und Chat mit Menschen, die im Zuhören geschult sind. Viele Angebote sind Tag und Nacht erreichbar.

quick-exit = Schnell verlassen
get-help-now = Jetzt Hilfe finden
nav-home = Startseite
privacy-note = Nichts, was du hier tust, wird gespeichert oder verschickt. Es bleibt auf diesem Gerät.
language-label = Sprache
translation-not-reviewed = Diese Übersetzung wurde noch nicht von einer Person mit klinischer Ausbildung geprüft.

launcher-open = Brauchst du Unterstützung?
launcher-title = Harbor – Unterstützung
launcher-close = Schließen

step-of = Schritt { $step } von { $total }
