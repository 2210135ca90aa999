# Translation: German. Review status: see data/i18n/locales.toml and the review pack.
# "Get help now". Service names stay in their own language (they come from data/crisis).
# Address form: informal "du". "helpline" = "Hilfetelefon" throughout.

crisis-title = Jetzt Hilfe finden
# Wie im Englischen: die Gefahr, nach den Gedanken zu handeln, nicht ob man es „könnte“.
crisis-emergency-lead = Wenn du in akuter Gefahr bist oder fürchtest, Gedanken an Suizid in die Tat umzusetzen, ruf jetzt den Notruf an.
crisis-emergency-unknown = Wenn du in akuter Gefahr bist, ruf jetzt die Notrufnummer in deinem Land an.
crisis-already-hurt = Wenn du dich schon verletzt hast, hol dir jetzt medizinische Hilfe, auch wenn du dich gerade gut fühlst.
# Keine Präposition vor dem Land: „in der Schweiz“, „in den USA“, „in Deutschland“ brauchen verschiedene Formen.
crisis-services-heading = Menschen, mit denen du reden kannst – { $country }
crisis-practice-heading = Von dieser Praxis
crisis-added-by-practice = Von dieser Praxis hinzugefügt
crisis-no-confirmed-line = Für dieses Land haben wir noch kein geprüftes Hilfetelefon. In diesen Verzeichnissen findest du Hilfetelefone auf der ganzen Welt:
crisis-directories-lead = Möchtest du mehr Auswahl? In diesen Verzeichnissen findest du Hilfetelefone auf der ganzen Welt:
crisis-directories-unknown = Du kannst auch in diesen Verzeichnissen nach einem Hilfetelefon auf der ganzen Welt suchen:
crisis-directory-iasp = Krisenzentren der IASP
crisis-call = Anrufen
crisis-call-backup = Ausweichnummer
crisis-text = SMS schreiben
crisis-text-keyword = Schreib { $keyword } per SMS an
crisis-menu-option = dann Option { $option } wählen
crisis-chat = Online chatten
crisis-website = Website
crisis-open-24-7 = Rund um die Uhr erreichbar
crisis-hours = Erreichbar: { $hours }
crisis-free = Kostenlos
crisis-audience-young-people = Für junge Menschen
crisis-audience-lgbtq = Für LGBTQ+-Menschen
crisis-audience-veterans = Für Veteraninnen und Veteranen
crisis-audience-women = Für Frauen
crisis-audience-men = Für Männer
crisis-audience-older-people = Für ältere Menschen
crisis-verified = Geprüft am { $date }
crisis-source = Quelle
crisis-choose-country = Wähle dein Land
crisis-change-country = Anderes Land?
crisis-filter-label = Länder suchen
crisis-country-label = Land
crisis-report = Falsche Nummer melden
