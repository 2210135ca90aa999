# Translation: German. Review status: see data/i18n/locales.toml and the review pack.
# "Find an approach". Reading age about 12; warm, plain, no promises.
# Facts and their sources: ../../../../shared/CONTENT.md ("What the evidence says",
# "How the approaches are usually described"). Safe-messaging rules apply: never methods,
# never "commit", no details of harm; a content note comes before the research lines.
# Address form: informal "du". CBT = "KVT (kognitive Verhaltenstherapie)", DBT = "DBT
# (dialektisch-behaviorale Therapie)", self-harm = "Selbstverletzung" / "sich selbst verletzen".
# Ids starting finder-q-, finder-a-, finder-why-, finder-evidence-, finder-approach-,
# finder-about-, finder-sessions-, finder-suits-less- come from data/finder.toml.

finder-title = Eine Therapieform finden

## Intro

finder-intro-title = So funktioniert es
finder-intro-lead = Beantworte ein paar Fragen dazu, was du dir von einer Therapie wünschst. Danach siehst du drei häufige Therapieformen, wie gut jede zu deinen Antworten passt und was die Forschung über sie sagt.
finder-intro-time = Das dauert etwa zwei Minuten. Du kannst jede Frage überspringen.
finder-intro-not-a-test = Das ist kein Test. Es stellt keine Diagnose und misst kein Risiko. Es hilft dir, deine Möglichkeiten kennenzulernen.
finder-intro-private = Deine Antworten bleiben auf diesem Gerät. Sie werden nicht gespeichert oder verschickt, und sie werden gelöscht, wenn du neu anfängst, Harbor schließt oder die Seite verlässt.
finder-intro-help = Wenn du jetzt gleich mit jemandem reden musst, wähle oben „Jetzt Hilfe finden“. Das findest du auf jeder Seite.
finder-start = Starten

## Questions

finder-progress = Frage { $n } von { $total }
finder-next = Weiter
finder-show-results = Sehen, was zu dir passen könnte
finder-not-sure = Weiß ich nicht
finder-previous = Vorherige Frage
finder-start-over = Neu anfangen
finder-choose-first = Wähle eine Antwort aus – oder „Weiß ich nicht“, um diese Frage zu überspringen.
finder-cleared = Deine Antworten wurden gelöscht.

finder-q-structure = Wie wünschst du dir deine Sitzungen?
finder-a-structure-planned = Geplant, mit klaren Schritten und Zielen
finder-a-structure-open = Offen, damit ich über alles reden kann, was mich gerade beschäftigt
finder-why-structure-planned = Du wünschst dir Sitzungen mit einem klaren Plan und klaren Zielen.
finder-why-structure-open = Du wünschst dir offene Sitzungen, in denen du über alles reden kannst, was dich beschäftigt.

finder-q-homework = Wie fändest du es, zwischen den Sitzungen Dinge auszuprobieren, zum Beispiel kurze Übungen oder Notizen?
finder-a-homework-yes = Das fände ich gut
finder-a-homework-no = Lieber nur in den Sitzungen
finder-why-homework-yes = Du bist gern bereit, zwischen den Sitzungen Dinge auszuprobieren.
finder-why-homework-no = Du möchtest zwischen den Sitzungen lieber keine Aufgaben haben.

finder-q-focus = Was möchtest du am liebsten aus einer Therapie mitnehmen?
finder-a-focus-skills = Praktische Fertigkeiten, die ich nutzen kann, wenn es schwer wird
finder-a-focus-understand = Verstehen, woher meine Gefühle kommen
finder-why-focus-skills = Du möchtest praktische Fertigkeiten, die du nutzen kannst, wenn es schwer wird.
finder-why-focus-understand = Du möchtest verstehen, woher deine Gefühle kommen.

finder-q-when = Worüber möchtest du am meisten sprechen?
finder-a-when-now = Was gerade in meinem Leben passiert und was ich als Nächstes tun kann
finder-a-when-past = Wie meine Vergangenheit prägt, wie ich mich heute fühle
finder-why-when-now = Du möchtest dich auf das konzentrieren, was gerade passiert.
finder-why-when-past = Du möchtest dir anschauen, wie deine Vergangenheit prägt, wie du dich heute fühlst.

finder-q-group = Bei manchen Therapien lernst du auch in einer Gruppe mit anderen Menschen – zusätzlich zu Einzelgesprächen mit einer Therapeutin oder einem Therapeuten. Wie fändest du das?
finder-a-group-ok = Eine Gruppe wäre für mich in Ordnung
finder-a-group-one-to-one = Ich hätte lieber nur Einzelgespräche
finder-why-group-ok = Lernen in einer Gruppe ist für dich in Ordnung.
finder-why-group-one-to-one = Du hättest lieber nur Einzelgespräche mit einer Therapeutin oder einem Therapeuten.

finder-q-hours = Wie viel Zeit könntest du dir jede Woche für eine Therapie nehmen?
finder-a-hours-one = Etwa eine Sitzung pro Woche
finder-a-hours-more = Mehr als eine Sitzung pro Woche ist in Ordnung
finder-why-hours-one = Du möchtest etwa eine Sitzung pro Woche.
finder-why-hours-more = Du könntest dir Zeit für mehr als eine Sitzung pro Woche nehmen.

finder-q-length = Wie lange würdest du gern eine Therapie machen?
finder-a-length-short = Ein paar Monate oder kürzer
finder-a-length-long = Etwa ein Jahr – oder länger, wenn es hilft
finder-why-length-short = Die Therapie soll für dich höchstens ein paar Monate dauern.
finder-why-length-long = Du bist offen für eine Therapie, die etwa ein Jahr oder länger dauert.

finder-q-age = Letzte Frage: Bist du unter 18? Davon hängt ab, welche Forschung wir dir zeigen.
finder-a-age-under-18 = Ja, ich bin unter 18
finder-a-age-adult = Nein, ich bin 18 oder älter
finder-why-age-under-18 = Du bist unter 18. Für junge Menschen gibt es die stärksten Forschungsergebnisse zu einer Form der DBT, die für Jugendliche entwickelt wurde (DBT-A).

## Result

finder-result-title = Was zu dir passen könnte
finder-frame-not-a-test = Das ist kein Test. Es stellt keine Diagnose und misst kein Risiko. Es vergleicht nur deine Wünsche damit, wie jede Therapie normalerweise abläuft.
finder-frame-evidence = Zu jeder einzelnen Therapie gibt es nur begrenzte Forschung – außer zur DBT-Form für Jugendliche (DBT-A).
finder-frame-fit = Es ist sehr wichtig, dass die Chemie zwischen dir und deiner Therapeutin oder deinem Therapeuten stimmt. Es hilft, jemanden zu finden, mit dem du dich gut verstehst und dem du vertrauen kannst.
finder-result-lead = Hier sind alle drei – angefangen mit der Therapieform, die deinen Antworten am nächsten kommt.
finder-result-hope = Viele Menschen erleben, dass es mit der richtigen Unterstützung besser werden kann.
finder-content-note = In diesem Teil geht es um Forschung zu Selbstverletzung. Es geht nur um Studien, ohne Einzelheiten, und du kannst ihn überspringen.
finder-all-level = Deine Antworten passen zu keiner Therapieform mehr als zu den anderen. Deshalb werden sie in einer festen Reihenfolge gezeigt.
finder-level-with-above = Deine Antworten passen zu dieser Therapieform genauso gut wie zu der darüber.

finder-heading-why = Warum sie hier auftaucht
finder-no-reasons = Keine deiner Antworten hat auf diese Therapieform hingewiesen. Trotzdem kann es sich lohnen, danach zu fragen.
finder-reasons-count = { $count ->
    [one] Eine deiner Antworten spricht für diese Therapieform.
   *[other] { $count } deiner Antworten sprechen für diese Therapieform.
}
finder-more = Warum sie hier steht, und mehr
finder-summary-cbt = Praktisch und geplant: Du schaust, wie Gedanken, Gefühle und Handlungen zusammenhängen, und probierst zwischen den Sitzungen Dinge aus.
finder-summary-dbt = Fertigkeiten für sehr starke Gefühle, in einer wöchentlichen Gruppe und in Einzelsitzungen, meist etwa ein Jahr lang.
finder-summary-psychodynamic = Raum, frei zu sprechen und zu verstehen, wie deine Vergangenheit prägt, wie du dich heute fühlst.
finder-heading-what = Worum es geht
finder-heading-sessions = Wie die Sitzungen ablaufen
finder-heading-research = Forschung zu Selbstverletzung
finder-heading-suits-less = Für wen sie weniger passen könnte
finder-source = Quelle:

finder-approach-cbt = KVT (kognitive Verhaltenstherapie)
finder-about-cbt = Die KVT schaut darauf, wie deine Gedanken, Gefühle und Handlungen in deinem jetzigen Leben zusammenhängen. Gemeinsam mit deiner Therapeutin oder deinem Therapeuten arbeitest du an praktischen Wegen, mit Problemen umzugehen. Zwischen den Sitzungen probierst du Dinge aus.
finder-sessions-cbt = Oft 6 bis 20 Sitzungen, jede Woche oder alle zwei Wochen, jeweils 30 bis 60 Minuten. Möglich ist das als Einzeltherapie, in einer Gruppe oder als angeleitete Selbsthilfe mit einem Buch oder einem Onlinekurs.
finder-suits-less-cbt = Sie passt vielleicht weniger zu dir, wenn du lieber frei und ohne Plan reden möchtest, keine Aufgaben zwischen den Sitzungen willst oder deine Vergangenheit ausführlich erkunden möchtest.

finder-approach-dbt = DBT (dialektisch-behaviorale Therapie)
finder-about-dbt = Die DBT wurde für Menschen entwickelt, deren Gefühle sich sehr heftig anfühlen – auch für Menschen, die sich selbst verletzen. Sie vermittelt Fertigkeiten in vier Bereichen: den jetzigen Moment bewusst wahrnehmen (Achtsamkeit), richtig schwere Momente durchstehen, mit starken Gefühlen umgehen und gut mit anderen Menschen auskommen.
finder-sessions-dbt = Meist etwa ein Jahr, mit einer wöchentlichen Gruppe, in der Fertigkeiten (Skills) geübt werden, und einer wöchentlichen Einzelsitzung. Viele Programme bieten zwischen den Sitzungen auch Unterstützung am Telefon an, damit du die Fertigkeiten anwenden kannst. Bei der Form für Jugendliche (DBT-A) werden Eltern oder andere Bezugspersonen einbezogen.
finder-suits-less-dbt = Sie passt vielleicht weniger zu dir, wenn du keine Zeit für mehr als eine Sitzung pro Woche hast, lieber nicht in einer Gruppe sein möchtest oder etwas Kurzes suchst.

finder-approach-psychodynamic = Psychodynamische Therapie
finder-about-psychodynamic = Die psychodynamische Therapie gibt dir Raum, frei zu sprechen. Sie hilft dir zu verstehen, wie frühere Erfahrungen und Gefühle, die dir vielleicht nicht bewusst sind, beeinflussen, wie du heute fühlst und handelst. Die Beziehung zu deiner Therapeutin oder deinem Therapeuten ist ein wichtiger Teil der Arbeit.
finder-sessions-psychodynamic = Meist als Einzeltherapie, einmal pro Woche, jeweils etwa 50 Minuten. Oft beginnt sie mit ein paar Treffen zum gegenseitigen Kennenlernen und dauert dann Monate, ein Jahr oder länger. Es gibt keine Hausaufgaben.
finder-suits-less-psychodynamic = Sie passt vielleicht weniger zu dir, wenn du schnell praktische Werkzeuge möchtest, einen klaren Plan für jede Sitzung oder eine kurze Therapie.

## How sure the research is (plain words for each certainty, and for sources without one)

finder-certainty-high = Starke Belege: Forschende sind sich sicher, dass die tatsächliche Wirkung nah an dem liegt, was die Studien gefunden haben.
finder-certainty-moderate = Mittelstarke Belege: Die tatsächliche Wirkung liegt wahrscheinlich nah an dem, was die Studien gefunden haben, könnte aber auch deutlich anders sein.
finder-certainty-low = Begrenzte Belege: Die tatsächliche Wirkung könnte deutlich anders sein als das, was die Studien gefunden haben.
finder-certainty-very-low = Sehr begrenzte Belege: Forschende sind sich sehr unsicher. Die tatsächliche Wirkung ist wahrscheinlich deutlich anders als das, was die Studien gefunden haben.
finder-kind-trial = Eine einzige kleine Studie: Eine Studie allein kann nichts sicher zeigen.
finder-kind-guideline = Leitlinie: Das empfiehlt die offizielle Gesundheitsleitlinie in England.

finder-evidence-cbt-adult = Bei Erwachsenen könnte eine Einzeltherapie auf Grundlage der KVT die Wahrscheinlichkeit senken, dass es bis zum Ende der Behandlung erneut zu Selbstverletzung kommt. Es gab auch einige Hinweise, dass sie nach 6 und 12 Monaten helfen könnte.
finder-evidence-cbt-adult-nice = Die Gesundheitsleitlinie in England schlägt Erwachsenen, die sich selbst verletzt haben, eine strukturierte Gesprächstherapie vor. Sie nutzt Ideen aus der KVT, wird auf die Person abgestimmt und umfasst meist 4 bis 10 Sitzungen.
finder-evidence-cbt-under-18 = Bei Jugendlichen unter 18 fanden zwei kleine Studien zu einer Einzeltherapie auf Grundlage der KVT im Vergleich zur üblichen Behandlung keinen klaren Unterschied darin, ob es bis zum Ende der Behandlung erneut zu Selbstverletzung kam.
finder-evidence-dbt-adult = Bei Erwachsenen ist sehr unklar, ob die DBT es weniger wahrscheinlich macht, dass es erneut zu Selbstverletzung kommt. Sie könnte dazu beitragen, dass es seltener passiert.
finder-evidence-dbt-under-18 = Bei Jugendlichen unter 18 hat eine für Jugendliche entwickelte Form der DBT (DBT-A) die Wahrscheinlichkeit gesenkt, dass es bis zum Ende der Behandlung erneut zu Selbstverletzung kam. Das Ergebnis stammt aus 4 kleinen Studien mit insgesamt 270 jungen Menschen. Es ist das stärkste Ergebnis dieser Forschung, aber keine Studie kann versprechen, wie eine Therapie für einen einzelnen Menschen verläuft.
finder-evidence-dbt-under-18-nice = Die Gesundheitsleitlinie in England sagt, dass DBT-A für junge Menschen in Betracht gezogen werden kann, die sich oft selbst verletzen und denen es sehr schwerfällt, mit starken Gefühlen umzugehen.
finder-evidence-psychodynamic-adult = In einer kleinen Studie von 2001 bekamen Erwachsene nach einem Krankenhausbesuch vier Sitzungen einer psychodynamischen Gesprächstherapie bei sich zu Hause. Sechs Monate später sagten weniger von ihnen als von Menschen mit der üblichen Behandlung, dass sie sich erneut selbst verletzt hatten. Das war nicht das, was die Studie vor allem messen sollte.
finder-evidence-psychodynamic-adult-mbt = Bei Erwachsenen hat eine Studie eine verwandte Therapie untersucht (MBT, die aus psychodynamischen Ideen entstanden ist). Bis zum Ende der Behandlung hatten sich weniger Menschen erneut selbst verletzt als mit der anderen Behandlung in der Studie, und es passierte seltener.
finder-evidence-psychodynamic-under-18 = Bei Jugendlichen unter 18 haben zwei kleine Studien eine verwandte Therapie für Jugendliche untersucht (MBT-A, die aus psychodynamischen Ideen entstanden ist). Es ist sehr unklar, ob sie die Wahrscheinlichkeit senkt, dass es erneut zu Selbstverletzung kommt.

# The name of each line's source, shown as its link (finder-source-<evidence id>).
finder-source-cbt-adult = Cochrane-Review zu Erwachsenen, Witt et al. 2021
finder-source-cbt-adult-nice = NICE-Leitlinie NG225 (2022)
finder-source-cbt-under-18 = Cochrane-Review zu Jugendlichen unter 18, Witt et al. 2021
finder-source-dbt-adult = Cochrane-Review zu Erwachsenen, Witt et al. 2021
finder-source-dbt-under-18 = Cochrane-Review zu Jugendlichen unter 18, Witt et al. 2021
finder-source-dbt-under-18-nice = NICE-Leitlinie NG225 (2022)
finder-source-psychodynamic-adult = Guthrie et al. 2001, BMJ
finder-source-psychodynamic-adult-mbt = Cochrane-Review zu Erwachsenen, Witt et al. 2021
finder-source-psychodynamic-under-18 = Cochrane-Review zu Jugendlichen unter 18, Witt et al. 2021

## Next steps

finder-next-title = Ein guter nächster Schritt
finder-next-lead = Eine Therapeutin oder ein Therapeut kann dir bei der Wahl helfen. Du kannst nach jeder dieser Therapieformen fragen – und auch, ob sie dort angeboten wird.
finder-contact-default = Diese Praxis kontaktieren
finder-back-to-questions = Zurück zu den Fragen
