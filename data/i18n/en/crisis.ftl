# "Get help now". Service names stay in their own language (they come from data/crisis).

crisis-title = Get help now
crisis-emergency-lead = If you are in immediate danger, or might act on thoughts of ending your life, call emergency services now.
crisis-emergency-unknown = If you are in immediate danger, call your local emergency number now.
# Said on every crisis screen and in the static fallback: some self-harm has delayed effects,
# so someone who feels fine may not think they are in danger. Name no method.
crisis-already-hurt = If you have already hurt yourself, get medical help now, even if you feel okay.
# No preposition before the country: names differ in whether they take an article ("the United
# Kingdom", "Germany"), in English and in most languages.
crisis-services-heading = People you can talk to: { $country }
crisis-practice-heading = From this practice
crisis-added-by-practice = Added by this practice
crisis-no-confirmed-line = We don't have a checked helpline for this country yet. These directories list helplines around the world:
crisis-directories-lead = Want more choices? These directories list helplines around the world:
crisis-directories-unknown = You can also look for a helpline in these directories of lines around the world:
# A directory's name, shown as its link (Find A Helpline is a name and stays as it is).
crisis-directory-iasp = IASP crisis centres
crisis-call = Call
crisis-call-backup = Backup number
crisis-text = Text
crisis-text-keyword = Text { $keyword } to
crisis-menu-option = then choose option { $option }
crisis-chat = Chat online
crisis-website = Website
crisis-open-24-7 = Open 24/7
crisis-hours = Hours: { $hours }
crisis-free = Free
crisis-audience-young-people = For young people
crisis-audience-lgbtq = For LGBTQ+ people
crisis-audience-veterans = For veterans
crisis-audience-women = For women
crisis-audience-men = For men
crisis-audience-older-people = For older people
crisis-verified = Checked { $date }
crisis-source = Source
crisis-choose-country = Choose your country
crisis-change-country = Somewhere else?
crisis-filter-label = Search countries
crisis-country-label = Country
crisis-report = Report a wrong number
