# Translation: Brazilian Portuguese. Review status: see data/i18n/locales.toml and the review pack.
# Mostrado pelo carregador quando o Harbor não consegue iniciar. Textos curtos: vão no script do carregador.

fallback-title = Se você está em perigo agora
fallback-call = Ligue para o { $number } (serviços de emergência)
fallback-no-number = Ligue para o número de emergência da sua região.
fallback-line = Ou converse com alguém: { $name }, { $number }
fallback-directory = Encontre uma linha de apoio perto de você: findahelpline.com
