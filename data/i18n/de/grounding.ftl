# Translation: German. Review status: see data/i18n/locales.toml and the review pack.
# Address form: informal "du" throughout, as in shell.ftl and finder.ftl.
# "Ground yourself now": grounding exercises. Reading age about 12; warm, calm, no promises,
# no streaks or scores. Safe-messaging rules: ../../../../shared/CONTENT.md. In particular:
# never suggest "substitute" behaviours (ice, rubber bands, red pen); 5-4-3-2-1 comes first
# because it doesn't use the breath; no TIPP skills (cold water, intense exercise) here.
# Vocabulary: grounding = "Halt finden" (as in shell.ftl), urge = "Drang", helpline =
# "Hilfetelefon" (as in crisis.ftl). Breathing phases: Einatmen / Halten / Ausatmen / Ruhen
# ("Ruhen", not "Pause", so it can't be confused with the Pause button).

grounding-title = Jetzt wieder Halt finden

## The menu

grounding-intro = Wähle aus, was sich für dich richtig anfühlt. Du kannst jederzeit aufhören.
grounding-senses-title = 5-4-3-2-1 mit allen Sinnen
grounding-senses-blurb = Nimm die Dinge um dich herum wahr, einen Sinn nach dem anderen. Hier musst du nicht auf deinen Atem achten.
grounding-breathing-title = Atmen im Takt
grounding-breathing-blurb = Atme mit, während langsam und gleichmäßig gezählt wird.
grounding-urge-title = Auf der Welle reiten
grounding-urge-blurb = Ein Timer, der dich begleitet, während du einen starken Drang spürst. Meist klingt ein Drang mit der Zeit ab.
grounding-muscle-title = Anspannen und loslassen
grounding-muscle-blurb = Spanne sanft einen Teil deines Körpers an und lass dann wieder locker – einen nach dem anderen.
grounding-ideas-title = Ideen für Trost und Ablenkung
grounding-ideas-blurb = Kleine, sichere Dinge, die du jetzt gleich tun kannst.
grounding-all-exercises = Alle Übungen

## Shared by the exercises

grounding-start = Starten
grounding-pause = Pause
grounding-resume = Fortsetzen
grounding-stop = Beenden
# Said to screen readers when the visitor pauses.
grounding-paused = Pausiert.
grounding-seconds-left = { $seconds ->
    [one] Noch 1 Sekunde
   *[other] Noch { $seconds } Sekunden
}
grounding-checkin-title = Wie fühlst du dich jetzt?
grounding-checkin-text = Alles, was du fühlst, ist okay. Du kannst die Übung noch einmal machen, etwas anderes ausprobieren oder jetzt gleich mit jemandem sprechen.
grounding-again = Noch einmal
grounding-try-another = Andere Übung ausprobieren

## 5-4-3-2-1 senses

grounding-senses-intro = Lass dir Zeit. Es gibt keine falschen Antworten, und du kannst jeden Schritt überspringen.
grounding-senses-ideas = Ein paar Ideen. Wenn du magst, kannst du anhaken, was dir auffällt.
grounding-senses-see-heading = 5 Dinge, die du sehen kannst
grounding-senses-see-prompt = Schau dich langsam um. Finde fünf Dinge, die du sehen kannst – große oder kleine.
grounding-senses-see-1 = Etwas Blaues
grounding-senses-see-2 = Ein Licht oder ein Fenster
grounding-senses-see-3 = Etwas in der Ferne
grounding-senses-see-4 = Etwas mit Schrift darauf
grounding-senses-see-5 = Eine Form, die du magst
grounding-senses-see-6 = Etwas, das sich bewegt
grounding-senses-touch-heading = 4 Dinge, die du spüren kannst
grounding-senses-touch-prompt = Achte auf vier Dinge, die du spüren oder berühren kannst. Bleib bei jedem einen Moment.
grounding-senses-touch-1 = Deine Füße auf dem Boden
grounding-senses-touch-2 = Deine Kleidung auf deiner Haut
grounding-senses-touch-3 = Etwas Weiches
grounding-senses-touch-4 = Etwas Glattes
grounding-senses-touch-5 = Das, worauf du sitzt oder liegst
grounding-senses-hear-heading = 3 Dinge, die du hören kannst
grounding-senses-hear-prompt = Lausche auf drei Geräusche, nah oder fern. Leise Geräusche zählen auch.
grounding-senses-hear-1 = Stimmen oder Musik
grounding-senses-hear-2 = Verkehr oder Wind
grounding-senses-hear-3 = Das Summen eines Kühlschranks, Ventilators oder Computers
grounding-senses-hear-4 = Vögel oder andere Tiere
grounding-senses-hear-5 = Deine eigenen Schritte oder Bewegungen
grounding-senses-smell-heading = 2 Dinge, die du riechen kannst
grounding-senses-smell-prompt = Achte auf zwei Gerüche. Wenn du gerade nichts riechen kannst, denk an zwei Gerüche, die du magst.
grounding-senses-smell-1 = Seife oder frische Wäsche
grounding-senses-smell-2 = Frische Luft
grounding-senses-smell-3 = Blumen, Blätter oder Gras
grounding-senses-smell-4 = Ein Duft, den du liebst
grounding-senses-taste-heading = 1 Ding, das du schmecken kannst
grounding-senses-taste-prompt = Achte auf einen Geschmack in deinem Mund. Du könntest einen Schluck Wasser trinken oder an einen Geschmack denken, den du magst.
grounding-senses-taste-1 = Zahnpasta
grounding-senses-taste-2 = Ein Schluck Wasser
grounding-senses-taste-3 = Der Geschmack, den du gerade im Mund hast
grounding-senses-taste-4 = Ein Lieblingsgetränk oder Lieblingsessen
grounding-senses-previous = Vorheriger Schritt
grounding-senses-next = Weiter
grounding-senses-finish = Fertig
grounding-senses-done = Du hast dir Zeit genommen, die Welt um dich herum wahrzunehmen – genau hier und jetzt.

## Paced breathing

grounding-breathing-intro = Atme im Takt der Worte und der Form mit. Geh es ruhig an. Erzwinge keinen Atemzug, und halte die Luft nie länger an, als es sich okay anfühlt.
grounding-breathing-not-for-you = Wenn du dich schlechter fühlst, sobald du an deinen Atem denkst: Das geht vielen so. Probier stattdessen 5-4-3-2-1.
grounding-breathing-try-senses = Stattdessen 5-4-3-2-1 probieren
grounding-breathing-rhythm = Rhythmus
grounding-breathing-preset-box = Quadrat: einatmen 4, halten 4, ausatmen 4, ruhen 4
grounding-breathing-preset-478 = 4-7-8: einatmen 4, halten 7, ausatmen 8
grounding-breathing-preset-longer = Länger ausatmen: einatmen 4, ausatmen 6
grounding-breathing-dizzy = Wenn dir schwindlig wird, hör auf und atme normal weiter.
grounding-breathing-more = Rhythmus, Dauer oder Signale ändern
grounding-breathing-own = Eigene Zeiten in Sekunden
grounding-breathing-own-hint = Stell „Halten“ oder „Ruhen“ auf 0, um es wegzulassen.
grounding-breathing-in-seconds = Einatmen (Sekunden)
grounding-breathing-hold-seconds = Halten (Sekunden)
grounding-breathing-out-seconds = Ausatmen (Sekunden)
grounding-breathing-rest-seconds = Ruhen (Sekunden)
grounding-breathing-length = Wie lange
grounding-breathing-by-minutes = Nach Minuten
grounding-breathing-by-breaths = Nach Anzahl der Atemzüge
grounding-breathing-minutes = Minuten
grounding-breathing-breaths = Atemzüge
grounding-breathing-cues = Zusätzliche Signale (aus, bis du sie einschaltest)
grounding-breathing-vibrate = Vibration: einmal zum Einatmen, zweimal zum Ausatmen
grounding-breathing-sound = Ein sanfter Ton, wenn es Zeit ist, ein- oder auszuatmen
grounding-breathing-phase-in = Einatmen
grounding-breathing-phase-hold = Halten
grounding-breathing-phase-out = Ausatmen
grounding-breathing-phase-rest = Ruhen
# Said to screen readers at each change, e.g. "Breathe in, 4 seconds".
grounding-breathing-announce = { $phase }, { $seconds ->
    [one] 1 Sekunde
   *[other] { $seconds } Sekunden
}
grounding-breathing-breath-of = Atemzug { $n } von { $total }
grounding-breathing-breath = Atemzug { $n }
grounding-breathing-minutes-left = { $minutes ->
    [0] Noch weniger als eine Minute
    [one] Noch etwa 1 Minute
   *[other] Noch etwa { $minutes } Minuten
}
grounding-breathing-done = Du hast dir ein paar Minuten ruhiges Atmen gegönnt.
grounding-breathing-stopped = Du hast aufgehört, und das ist in Ordnung. Wenn es dir nicht gutgetan hat, auf deinen Atem zu achten: 5-4-3-2-1 kommt ganz ohne den Atem aus.

## Urge surfing

grounding-urge-intro = Ein starker Drang kann sich so anfühlen, als würde er immer nur stärker werden. Aber ein Drang ist meist wie eine Welle: Er steigt an, erreicht seinen höchsten Punkt und klingt dann wieder ab. Du musst diesem Drang nicht folgen.
grounding-urge-how = Wähle eine Dauer. Jede Minute wirst du gefragt, wie es dir gerade geht.
grounding-urge-choose = Wie lange?
grounding-urge-minutes = { $minutes } Minuten
grounding-urge-guide = Achte darauf, wo du den Drang in deinem Körper spürst. Lass ihn ansteigen. Du musst nichts damit tun. Beobachte ihn einfach, wie eine Welle.
grounding-urge-time-left = Verbleibende Zeit: { $time }
grounding-urge-check-title = Hat der Drang nachgelassen?
grounding-urge-check-text = Es ist okay, wenn es noch nicht so weit ist. Manche Wellen brauchen länger, bis sie vorbeiziehen.
grounding-urge-timeup-title = Die Zeit ist um. Hat der Drang nachgelassen?
grounding-urge-eased = Ja, er hat nachgelassen
grounding-urge-keep-going = Noch nicht, weitermachen
grounding-urge-extend = 5 Minuten dazu
grounding-urge-stronger = Er wird stärker
grounding-urge-not-eased = Er hat noch nicht nachgelassen
grounding-urge-reach-title = Es ist okay, um Hilfe zu bitten
grounding-urge-reach-text = Wenn ein Drang stark bleibt, kann es helfen, mit jemandem zu sprechen. Da musst du nicht allein durch.
grounding-urge-back = Zurück zum Timer
grounding-urge-eased-text = Du bist bei der Welle geblieben, bis sie vorbeigezogen ist. Wenn der Drang wiederkommt, kannst du auch hierher zurückkommen.

## Tense and let go (paired muscle relaxation)

grounding-muscle-intro = Du spannst sanft einen Teil deines Körpers an und lässt ihn dann wieder los – einen Teil nach dem anderen. Spanne nur so fest an, wie es sich okay anfühlt – niemals so fest, dass es wehtut. Lass jeden Teil aus, der schmerzt oder verletzt ist.
grounding-muscle-hands = Hände
grounding-muscle-hands-how = Mach zwei Fäuste und drück sanft zu.
grounding-muscle-arms = Arme
grounding-muscle-arms-how = Beuge die Ellbogen und spanne deine Oberarme an.
grounding-muscle-shoulders = Schultern
grounding-muscle-shoulders-how = Zieh deine Schultern hoch in Richtung Ohren.
grounding-muscle-face = Gesicht
grounding-muscle-face-how = Kneif Augen, Nase und Mund zusammen.
grounding-muscle-legs = Beine
grounding-muscle-legs-how = Streck deine Beine aus und spanne sie an.
grounding-muscle-feet = Füße
grounding-muscle-feet-how = Drück deine Füße auf den Boden und roll deine Zehen ein.
grounding-muscle-tense = Sanft anspannen
grounding-muscle-release = Loslassen
grounding-muscle-release-how = Lass alles los. Spür, wie es sich anfühlt, wenn du locker wirst. Wenn du magst, atme langsam aus und denk dabei das Wort „ruhig“.
# Said to screen readers when a part begins, e.g. "Hands: Make two fists and squeeze gently."
grounding-muscle-announce = { $part }: { $how }
grounding-muscle-skip = Diesen Teil überspringen
grounding-muscle-done = Du hast dir Zeit genommen, deinen Körper ein wenig locker werden zu lassen.

## Comfort and distraction ideas

grounding-ideas-intro = Probier eine kleine Sache aus. Wenn sie nicht hilft, probier eine andere. Es gibt kein Richtig oder Falsch.
grounding-ideas-grounding = Halt finden
grounding-ideas-grounding-1 = Drück deine Füße auf den Boden und spür, wie sich das anfühlt.
grounding-ideas-grounding-2 = Halte etwas Weiches oder Tröstliches fest, zum Beispiel eine Decke oder ein Kissen.
grounding-ideas-grounding-3 = Zähl alle Farben auf, die du um dich herum siehst.
grounding-ideas-comfort = Trost
grounding-ideas-comfort-1 = Wickel dich in etwas Warmes ein.
grounding-ideas-comfort-2 = Mach dir ein warmes Getränk und trink es langsam, Schluck für Schluck.
grounding-ideas-comfort-3 = Hör ein Lied, bei dem du dich sicher fühlst.
grounding-ideas-comfort-4 = Verbring Zeit mit einem Haustier.
grounding-ideas-distract = Ablenkung
grounding-ideas-distract-1 = Mach ein Puzzle, ein Worträtsel oder mal ein Bild aus.
grounding-ideas-distract-2 = Schau oder hör dir etwas Lustiges oder Vertrautes an.
grounding-ideas-distract-3 = Räum einen kleinen Bereich auf, zum Beispiel eine Schublade oder ein Regalfach.
grounding-ideas-distract-4 = Mach einen gemütlichen Spaziergang an einem Ort, an dem du dich sicher fühlst.
grounding-ideas-express = Gefühle rauslassen
grounding-ideas-express-1 = Schreib auf, wie du dich fühlst. Dann falte das Blatt zusammen und leg es weg.
grounding-ideas-express-2 = Zeichne oder kritzle auf ein Blatt Papier, wie du dich fühlst.
grounding-ideas-express-3 = Sing, summ oder wein, wenn du es brauchst.
grounding-ideas-connect = Kontakt suchen
grounding-ideas-connect-1 = Schreib einer Person, der du vertraust, oder ruf sie an.
grounding-ideas-connect-2 = Such die Nähe anderer Menschen – zum Beispiel deiner Familie – oder geh an einen Ort, an dem du dich wohlfühlst.
grounding-ideas-connect-3 = Wende dich an ein Hilfetelefon. Dort sind Menschen, die im Zuhören geschult sind.
