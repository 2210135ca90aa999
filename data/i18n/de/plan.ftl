# Translation: German. Review status: see data/i18n/locales.toml and the review pack.
# Register: informal "du" throughout, as in shell.ftl, crisis.ftl and grounding.ftl; gender-fair
# paired forms for people ("Therapeutin oder Therapeut", "Hausärztin oder Hausarzt"). Idea lines
# are short first-person notes ("Ich …" or an infinitive with "ich/mich/mein").
# Vocabulary: safety plan = "Sicherheitsplan", helpline = "Hilfetelefon", exercise = "Übung",
# emergency number = "Notrufnummer", immediate danger = "akute Gefahr" (as in crisis.ftl).
# "My plan for hard moments": a safety plan the visitor writes one step per screen (Stanley &
# Brown's six steps, then an optional seventh), then prints, saves or copies. Reading age about
# 12; warm, calm, no promises, "you". Every step can be skipped; no counters of what is done.
# Safe-messaging rules: ../../../../shared/CONTENT.md. The step on safer surroundings never names
# a method, a means or an object: it speaks of "some things" and of asking someone to help.
# Ideas are short first-person lines the visitor taps to add to their own words; no food,
# alcohol or substitute behaviours. Sources and reasons: data/plan/README.md.

plan-title = Mein Plan für schwere Momente
# The plan's card on the home screen.
home-plan-blurb = Schreib Schritt für Schritt auf, was dir helfen kann, wenn es schwer wird. Alles bleibt auf diesem Gerät.
# The way back to the plan, from "Get help now": short, so it stays on one line.
plan-short-name = Mein Plan

## The introduction

plan-intro-title = Was ist ein Sicherheitsplan?
plan-intro = Ein Sicherheitsplan ist eine kurze Liste in deinen eigenen Worten. Darauf steht, was dir durch einen schweren Moment helfen kann: zuerst, was du selbst tun kannst, dann Menschen, die dir helfen können.
plan-start = Meinen Plan beginnen
# Instead of "Start my plan" once something is written.
plan-continue = Mit meinem Plan weitermachen
plan-intro-private = Nichts, was du schreibst, wird gespeichert oder verschickt. Füll so viel oder so wenig aus, wie du magst. Du kannst jeden Schritt überspringen. Wenn es für dich geht, teile deinen Plan mit einer Person, der du vertraust, oder mit deiner Therapeutin oder deinem Therapeuten.
plan-intro-calm = An einem ruhigeren Tag kann das leichter sein.
plan-intro-source = Dieser Plan folgt der Safety Planning Intervention von Barbara Stanley und Gregory Brown, mit der viele Einrichtungen im Gesundheitswesen arbeiten.

## Every step

plan-ideas = Tippe auf eine Idee, um sie hinzuzufügen, oder schreib selbst etwas.
plan-optional = Du kannst diesen Schritt leer lassen.
plan-next = Weiter
plan-previous = Vorheriger Schritt
plan-see-plan = Meinen Plan ansehen

## The steps

plan-signs-title = Meine Warnzeichen
plan-signs-prompt = Woran merkst du, dass vielleicht gerade ein schwerer Moment beginnt? Das kann ein Gedanke sein, ein Gefühl, etwas in deinem Körper oder etwas, das passiert.
plan-signs-idea-1 = Ich antworte nicht mehr auf Nachrichten
plan-signs-idea-2 = Ich kann nicht schlafen, oder ich schlafe den ganzen Tag
plan-signs-idea-3 = Ich fange an zu denken, dass nichts besser wird
plan-signs-idea-4 = Meine Brust fühlt sich eng und schwer an
plan-signs-idea-5 = Ich sage Verabredungen ab und bleibe in meinem Zimmer
plan-signs-idea-6 = Nach einem Streit oder nach schlechten Nachrichten

plan-alone-title = Was ich selbst tun kann
plan-alone-prompt = Was hilft dir, dich ein bisschen ruhiger zu fühlen, oder bringt dich auf andere Gedanken – auch nur für ein paar Minuten? Einfache Dinge können gut helfen. Auch die Übungen von Harbor findest du hier.
plan-alone-idea-1 = Ein Lied anmachen, das ich liebe
plan-alone-idea-2 = Eine Runde um den Block gehen
plan-alone-idea-3 = Mich in eine weiche Decke kuscheln
plan-alone-idea-4 = Aufschreiben, was ich fühle

plan-distract-title = Menschen und Orte, die mich auf andere Gedanken bringen
plan-distract-prompt = Wohin könntest du gehen oder bei wem könntest du sein, um auf andere Gedanken zu kommen? Du musst nicht darüber reden, wie es dir geht.
plan-distract-idea-1 = Die Bücherei oder eine Buchhandlung
plan-distract-idea-2 = Ein Park, in dem auch andere Menschen sind
plan-distract-idea-3 = Eine Freundin oder ein Freund zum Quatschen über alles Mögliche
plan-distract-idea-4 = Ein Verein, Kurs oder Team, zu dem ich gehe
plan-distract-idea-5 = Eine Online-Gruppe zu meinem Hobby

plan-ask-title = Menschen, die ich um Hilfe bitten kann
plan-ask-prompt = Wem könntest du sagen, dass es dir gerade schwerfällt? Schreib auf, wie du diese Menschen erreichen kannst. Es kann helfen, aufzuschreiben, was du sagen würdest – dann ist es in dem Moment vielleicht leichter.
plan-ask-none = Wenn dir gerade niemand einfällt, ist das okay. Im nächsten Schritt findest du Menschen, deren Aufgabe es ist, dir zuzuhören.
plan-ask-idea-1 = Jemand aus meinem Freundeskreis, dem ich schreiben kann
plan-ask-idea-2 = Jemand aus meiner Familie, dem ich vertraue
plan-ask-idea-3 = Eine Lehrkraft, jemand aus meinem Verein oder aus der Jugendarbeit
plan-ask-idea-4 = Meine Partnerin, mein Partner oder meine Wahlfamilie
plan-ask-idea-5 = Sagen: „Mir geht es gerade nicht gut. Kannst du ein bisschen bei mir bleiben?“

plan-services-title = Fachleute und Anlaufstellen
plan-services-prompt = Das sind Menschen, deren Aufgabe es ist, zuzuhören und zu helfen. Die Notrufnummer und die Hilfetelefone für dein Land stehen schon hier. Du kannst sie ändern und eigene hinzufügen.
plan-services-idea-1 = Meine Hausärztin oder mein Hausarzt
plan-services-idea-2 = Meine Therapeutin, mein Therapeut oder meine Beratungsstelle
plan-services-idea-3 = Die Beratung an meiner Schule oder Hochschule
plan-services-idea-4 = Der Krisendienst in meiner Nähe

plan-safer-title = Meine Umgebung sicherer machen
plan-safer-prompt = Wenn sich alles sehr schwer anfühlt, kann es helfen, wenn sich der Ort, an dem du bist, sicherer anfühlt – oder wenn jemand in deiner Nähe ist. Das musst du nicht allein herausfinden: Du könntest diesen Schritt mit einer Person, der du vertraust, oder mit deiner Therapeutin oder deinem Therapeuten planen.
plan-safer-idea-1 = Eine Person, der ich vertraue, um Hilfe dabei bitten
plan-safer-idea-2 = Diesen Schritt in meiner Therapie besprechen
plan-safer-idea-3 = Jemanden bitten, ein paar Dinge für mich aufzubewahren
plan-safer-idea-4 = Dorthin gehen, wo andere Menschen sind
plan-safer-idea-5 = Eine Weile in der Nähe von jemandem bleiben

plan-matters-title = Was mir wichtig ist
plan-matters-prompt = Wenn du magst, schreib auf, was dir wichtig ist oder worauf du dich freust – Großes oder Kleines.
plan-matters-idea-1 = Menschen, die mir am Herzen liegen
plan-matters-idea-2 = Mein Haustier, das sich immer freut, mich zu sehen
plan-matters-idea-3 = Kleine Dinge, wie ein sonniger Morgen
plan-matters-idea-4 = Ein Ort, den ich eines Tages sehen möchte
plan-matters-idea-5 = Musik, die mich immer noch berührt

## The whole plan

plan-summary-title = Dein Plan
plan-summary-lead = Hier ist alles, was du geschrieben hast. Du kannst jeden Schritt ändern und deinen Plan dann drucken, speichern oder kopieren.
# A button after each step's text; $step is the step's title.
plan-change = Ändern: { $step }
plan-nothing-yet = Noch nichts geschrieben.
plan-keep-lead = Dein Plan ist nur auf diesem Bildschirm. Wenn du Harbor schließt oder diese Seite verlässt, wird er gelöscht und lässt sich nicht wiederherstellen. Wenn du ihn behalten möchtest, druck ihn vorher aus, speichere ihn oder kopiere ihn.
plan-device-warning = Bevor du speicherst oder druckst: Wenn du dieses Gerät oder den Drucker mit anderen teilst oder sie zur Schule oder zur Arbeit gehören, können andere Menschen deinen Plan vielleicht sehen.
plan-print = Drucken
plan-save = Als Datei speichern
plan-copy = Kopieren
# Said to screen readers.
plan-saved = Dein Plan wurde als Datei auf diesem Gerät gespeichert.
# Said to screen readers.
plan-copied = Dein Plan wurde kopiert. Du kannst ihn an einer privaten Stelle einfügen.
plan-copy-failed = Kopieren hat hier nicht geklappt. Du kannst den Text deines Plans markieren und selbst kopieren.
# The saved file's name, without ".txt": a plain name that doesn't say what is inside. Letters,
# digits and hyphens only.
plan-file-name = mein-plan
# The first line of the professionals step, before the crisis lines.
plan-emergency = Notrufnummer: { $number }
# The plan's last line, on screen, on paper and in the file.
plan-danger-now = Wenn du in akuter Gefahr bist, ruf { $number } an.
plan-danger-now-unknown = Wenn du in akuter Gefahr bist, ruf die Notrufnummer in deinem Land an.

## Clearing

plan-clear = Meinen Plan löschen
plan-clear-confirm = Alles löschen, was du geschrieben hast? Das lässt sich nicht rückgängig machen.
plan-clear-yes = Ja, löschen
plan-clear-no = Meinen Plan behalten
# Said to screen readers.
plan-cleared = Dein Plan wurde gelöscht.
