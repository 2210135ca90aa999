# Translation: Brazilian Portuguese. Review status: see data/i18n/locales.toml and the review pack.
# Português do Brasil, "você"; leitura para ~12 anos; acolhedor, calmo, sem promessas ("pode ajudar", nunca "vai").
# "Meu plano para momentos difíceis": um plano de segurança que a pessoa escreve, um passo por tela
# (os seis passos de Stanley e Brown e um sétimo opcional), e depois imprime, salva ou copia. Todo passo
# pode ser pulado; nada conta o que já foi feito.
# Regras de comunicação segura: ../../../../shared/CONTENT.md. O passo do ambiente mais seguro nunca cita
# um método, um meio ou um objeto: fala de "algumas coisas" e de pedir ajuda a alguém.
# As ideias são frases curtas em primeira pessoa que a pessoa toca para adicionar ao próprio plano; nada de
# comida, álcool ou comportamentos "substitutos". Sem adjetivos com gênero para quem lê (calmo/calma,
# sozinho/sozinha, você mesmo/mesma). Fontes e motivos: data/plan/README.md.

plan-title = Meu plano para momentos difíceis
# O cartão do plano na tela inicial.
home-plan-blurb = Escreva, passo a passo, o que pode ajudar você quando as coisas ficarem difíceis. O plano fica neste dispositivo.
# O caminho de volta para o plano a partir de "Peça ajuda agora": curto, para caber em uma linha.
plan-short-name = Meu plano

## A introdução

plan-intro-title = O que é um plano de segurança?
plan-intro = Um plano de segurança é uma lista curta, com suas próprias palavras, de coisas que podem ajudar você a atravessar um momento difícil: primeiro, o que você pode fazer por conta própria; depois, pessoas que podem ajudar.
plan-start = Começar meu plano
# No lugar de "Começar meu plano" quando já há algo escrito.
plan-continue = Continuar meu plano
plan-intro-private = Nada do que você escreve é salvo ou enviado. Escreva muito ou pouco, como preferir, e pule qualquer passo. Se puder, compartilhe seu plano com alguém de confiança ou com seu terapeuta.
plan-intro-calm = Pode ser mais fácil fazer isso em um dia mais tranquilo.
plan-intro-source = Este plano segue a Safety Planning Intervention (Intervenção de Planejamento de Segurança), de Barbara Stanley e Gregory Brown, usada por muitos serviços de saúde.

## Em todos os passos

plan-ideas = Toque em uma ideia para adicioná-la ou escreva a sua.
plan-optional = Você pode deixar este passo em branco.
plan-next = Próximo
plan-previous = Passo anterior
plan-see-plan = Ver meu plano

## Os passos

plan-signs-title = Meus sinais de alerta
plan-signs-prompt = O que mostra para você que um momento difícil pode estar começando? Pode ser um pensamento, um sentimento, algo no seu corpo ou algo que acontece.
plan-signs-idea-1 = Paro de responder mensagens
plan-signs-idea-2 = Não consigo dormir, ou durmo o dia todo
plan-signs-idea-3 = Começo a pensar que nada vai melhorar
plan-signs-idea-4 = Sinto o peito apertado e pesado
plan-signs-idea-5 = Cancelo planos e fico no meu quarto
plan-signs-idea-6 = Depois de uma briga ou de uma notícia ruim

plan-alone-title = Coisas que posso fazer por conta própria
plan-alone-prompt = O que ajuda você a se acalmar um pouco, ou a pensar em outra coisa, mesmo que por alguns minutos? Coisas simples costumam funcionar bem. Os exercícios do Harbor também estão aqui.
plan-alone-idea-1 = Colocar uma música que eu amo
plan-alone-idea-2 = Dar uma volta no quarteirão
plan-alone-idea-3 = Me enrolar em um cobertor macio
plan-alone-idea-4 = Escrever o que estou sentindo

plan-distract-title = Pessoas e lugares que me ajudam a distrair a cabeça
plan-distract-prompt = Aonde você poderia ir, ou perto de quem poderia ficar, para distrair a cabeça? Você não precisa falar sobre como se sente.
plan-distract-idea-1 = A biblioteca ou uma livraria
plan-distract-idea-2 = Um parque com gente por perto
plan-distract-idea-3 = Um amigo ou amiga para conversar sobre qualquer coisa
plan-distract-idea-4 = Um clube, uma aula ou um time que eu frequento
plan-distract-idea-5 = Um grupo online sobre o meu hobby

plan-ask-title = Pessoas a quem posso pedir ajuda
plan-ask-prompt = Para quem você poderia contar que está passando por um momento difícil? Escreva como entrar em contato com cada pessoa. Pode ajudar escrever o que você diria, para ficar mais fácil na hora.
plan-ask-none = Se ninguém vier à cabeça agora, tudo bem. No próximo passo, há pessoas cujo trabalho é ouvir.
plan-ask-idea-1 = Um amigo ou amiga para quem posso mandar mensagem
plan-ask-idea-2 = Alguém da minha família em quem eu confio
plan-ask-idea-3 = Um professor, treinador ou educador social
plan-ask-idea-4 = Meu parceiro ou parceira, ou minha família escolhida
plan-ask-idea-5 = Dizer: “Estou passando por um momento difícil. Você pode ficar comigo um pouco?”

plan-services-title = Profissionais e serviços
plan-services-prompt = Estas são pessoas cujo trabalho é ouvir e ajudar. O número de emergência e as linhas de apoio do seu país já estão aqui. Você pode alterá-los e adicionar os seus.
plan-services-idea-1 = Meu médico de família ou clínico geral
plan-services-idea-2 = Meu terapeuta ou psicólogo
plan-services-idea-3 = O apoio psicológico da minha escola ou faculdade
plan-services-idea-4 = A equipe de crise da minha região

plan-safer-title = Tornar meu ambiente mais seguro
plan-safer-prompt = Quando as coisas parecem muito difíceis, pode ajudar deixar o lugar onde você está mais seguro para você, ou ficar perto de alguém. Você não precisa resolver isso sem apoio: você pode planejar este passo com alguém de confiança ou com seu terapeuta.
plan-safer-idea-1 = Pedir para alguém de confiança me ajudar com isso
plan-safer-idea-2 = Conversar sobre este passo com meu terapeuta
plan-safer-idea-3 = Pedir para alguém guardar algumas coisas para mim
plan-safer-idea-4 = Ir para um lugar com outras pessoas por perto
plan-safer-idea-5 = Ficar perto de alguém por um tempo

plan-matters-title = O que importa para mim
plan-matters-prompt = Se quiser, escreva coisas que importam para você ou coisas boas que você está esperando, grandes ou pequenas.
plan-matters-idea-1 = As pessoas de quem eu gosto
plan-matters-idea-2 = Meu bichinho de estimação, que sempre fica feliz em me ver
plan-matters-idea-3 = Coisas pequenas, como uma manhã de sol
plan-matters-idea-4 = Um lugar que eu gostaria de conhecer um dia
plan-matters-idea-5 = Músicas que ainda me emocionam

## O plano completo

plan-summary-title = Seu plano
plan-summary-lead = Aqui está tudo o que você escreveu. Você pode alterar qualquer passo e depois imprimir, salvar ou copiar seu plano.
# Um botão depois do texto de cada passo; $step é o título do passo.
plan-change = Alterar: { $step }
plan-nothing-yet = Nada escrito ainda.
plan-keep-lead = Seu plano está só nesta tela. Quando você fecha o Harbor ou sai desta página, ele é apagado e não pode ser recuperado. Para guardar o plano, primeiro imprima, salve ou copie.
plan-device-warning = Antes de salvar ou imprimir: se você estiver usando um dispositivo ou uma impressora compartilhada, da escola ou do trabalho, outras pessoas podem conseguir ver seu plano.
plan-print = Imprimir
plan-save = Salvar como arquivo
plan-copy = Copiar
# Lido pelos leitores de tela.
plan-saved = Seu plano foi salvo como arquivo neste dispositivo.
# Lido pelos leitores de tela.
plan-copied = Seu plano foi copiado. Você pode colar em um lugar privado.
plan-copy-failed = Não foi possível copiar aqui. Você pode selecionar o texto do seu plano e copiar por conta própria.
# O nome do arquivo salvo, sem ".txt": um nome simples que não diz o que há dentro. Só letras
# minúsculas sem acento, números e hífens.
plan-file-name = meu-plano
# A primeira linha do passo dos profissionais, antes das linhas de apoio.
plan-emergency = Número de emergência: { $number }
# A última linha do plano, na tela, no papel e no arquivo.
plan-danger-now = Se você estiver em perigo imediato, ligue para o { $number }.
plan-danger-now-unknown = Se você estiver em perigo imediato, ligue para o número de emergência da sua região.

## Apagar

plan-clear = Apagar meu plano
plan-clear-confirm = Apagar tudo o que você escreveu? Isso não pode ser desfeito.
plan-clear-yes = Sim, apagar
plan-clear-no = Manter meu plano
# Lido pelos leitores de tela.
plan-cleared = Seu plano foi apagado.
