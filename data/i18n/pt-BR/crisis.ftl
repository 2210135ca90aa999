# Translation: Brazilian Portuguese. Review status: see data/i18n/locales.toml and the review pack.
# "Peça ajuda agora". Os nomes dos serviços ficam no idioma original (vêm de data/crisis).

crisis-title = Peça ajuda agora
crisis-emergency-lead = Se você estiver em perigo imediato, ou sentir que pode ceder a pensamentos de tirar a própria vida, ligue agora para os serviços de emergência.
crisis-emergency-unknown = Se você estiver em perigo imediato, ligue agora para o número de emergência da sua região.
crisis-already-hurt = Se você já se machucou, procure atendimento médico agora, mesmo que esteja se sentindo bem.
# Título sem preposição antes do país: evita erros como "em Brasil" (no/na/em variam).
crisis-services-heading = Pessoas com quem você pode conversar: { $country }
crisis-practice-heading = Deste consultório
crisis-added-by-practice = Adicionado por este consultório
crisis-no-confirmed-line = Ainda não temos uma linha de apoio verificada para este país. Estes diretórios reúnem linhas de apoio do mundo todo:
crisis-directories-lead = Quer mais opções? Estes diretórios reúnem linhas de apoio do mundo todo:
crisis-directories-unknown = Você também pode procurar uma linha de apoio nestes diretórios do mundo todo:
crisis-directory-iasp = Centros de crise da IASP
crisis-call = Ligar
crisis-call-backup = Número alternativo
crisis-text = Enviar SMS
# Seguido na interface pelo número: "Envie HOME por SMS para o 741741".
crisis-text-keyword = Envie { $keyword } por SMS para o
crisis-menu-option = e depois escolha a opção { $option }
crisis-chat = Conversar pelo chat
crisis-website = Site
crisis-open-24-7 = Aberto 24 horas, todos os dias
crisis-hours = Horário: { $hours }
crisis-free = Gratuito
crisis-audience-young-people = Para jovens
crisis-audience-lgbtq = Para pessoas LGBTQ+
crisis-audience-veterans = Para veteranos das Forças Armadas
crisis-audience-women = Para mulheres
crisis-audience-men = Para homens
crisis-audience-older-people = Para pessoas idosas
crisis-verified = Verificado em { $date }
crisis-source = Fonte
crisis-choose-country = Escolha seu país
crisis-change-country = Está em outro lugar?
crisis-filter-label = Buscar países
crisis-country-label = País
crisis-report = Informar um número errado
