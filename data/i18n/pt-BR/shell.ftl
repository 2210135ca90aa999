# Translation: Brazilian Portuguese. Review status: see data/i18n/locales.toml and the review pack.
# Harbor: a moldura de todas as telas. Português do Brasil, "você". Leitura para ~12 anos; acolhedor, calmo, sem promessas.
# Regras de comunicação segura: ../../../../shared/CONTENT.md (nunca "botão de pânico").

home-title = Apoio para momentos difíceis
home-intro = Faça uma pausa. Você pode experimentar um exercício para se acalmar, conhecer tipos de terapia ou procurar alguém para conversar. Nada do que você faz aqui é salvo ou enviado.
home-grounding-blurb = Exercícios curtos que você pode fazer agora mesmo. Talvez ajudem você a recuperar o equilíbrio.
home-finder-blurb = Algumas perguntas sobre o que você busca na terapia e o que pode combinar com você.
home-crisis-blurb = Linhas de telefone, SMS e chat com pessoas preparadas para ouvir. Muitas funcionam dia e noite.

quick-exit = Saída rápida
get-help-now = Peça ajuda agora
nav-home = Início
privacy-note = Nada do que você faz aqui é salvo ou enviado. Tudo fica neste dispositivo.
language-label = Idioma
translation-not-reviewed = Esta tradução ainda não foi revisada por alguém com formação clínica.

launcher-open = Precisa de apoio?
launcher-title = Apoio do Harbor
launcher-close = Fechar

step-of = Passo { $step } de { $total }
