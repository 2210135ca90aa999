# Translation: Brazilian Portuguese. Review status: see data/i18n/locales.toml and the review pack.
# "Volte ao aqui e agora": exercícios para se acalmar. Português do Brasil, "você". Leitura para ~12 anos; acolhedor, calmo, sem promessas, sem sequências nem pontuações.
# Regras de comunicação segura: ../../../../shared/CONTENT.md. Em especial: nunca sugerir comportamentos
# "substitutos" (gelo, elástico, caneta vermelha); o 5-4-3-2-1 vem primeiro porque não usa a
# respiração; aqui não há habilidades TIPP (água fria, exercício intenso).
# Vocabulário: urge = impulso; breathe in = inspire; breathe out = solte o ar (evita "expire");
# hold = segure o ar; rest = descanse; tense = contraia. Sem adjetivos com gênero (seguro/segura).

grounding-title = Volte ao aqui e agora

## O menu

grounding-intro = Escolha o que parecer melhor para você. Você pode parar a qualquer momento.
grounding-senses-title = 5-4-3-2-1 com os sentidos
grounding-senses-blurb = Perceba as coisas ao seu redor, um sentido de cada vez. Este exercício não usa a respiração.
grounding-breathing-title = Respiração ritmada
grounding-breathing-blurb = Respire acompanhando uma contagem lenta e constante.
grounding-urge-title = Surfe a onda
grounding-urge-blurb = Um cronômetro para acompanhar você enquanto sente um impulso forte. Com o tempo, a maioria dos impulsos diminui.
grounding-muscle-title = Contraia e solte
grounding-muscle-blurb = Contraia de leve e depois relaxe, uma parte do corpo de cada vez.
grounding-ideas-title = Ideias para se confortar e se distrair
grounding-ideas-blurb = Coisas pequenas e seguras que você pode fazer agora mesmo.
grounding-all-exercises = Todos os exercícios

## Comum a todos os exercícios

grounding-start = Começar
grounding-pause = Pausar
grounding-resume = Continuar
grounding-stop = Parar
# Lido pelos leitores de tela quando a pessoa pausa o exercício.
grounding-paused = Em pausa.
# Em pt-BR, o 0 também cai na categoria "one"; por isso o número vem da variável.
grounding-seconds-left = { $seconds ->
    [one] Falta { $seconds } segundo
   *[other] Faltam { $seconds } segundos
}
grounding-checkin-title = Como você está se sentindo agora?
grounding-checkin-text = Tudo bem sentir o que você estiver sentindo. Você pode fazer de novo, experimentar outra coisa ou conversar com alguém agora.
grounding-again = Fazer de novo
grounding-try-another = Experimentar outro exercício

## 5-4-3-2-1 com os sentidos

grounding-senses-intro = Sem pressa. Não existe resposta errada, e você pode pular qualquer passo.
grounding-senses-ideas = Algumas ideias. Se quiser, marque o que você perceber.
grounding-senses-see-heading = 5 coisas que você pode ver
grounding-senses-see-prompt = Olhe ao redor com calma. Encontre cinco coisas que você pode ver, grandes ou pequenas.
grounding-senses-see-1 = Algo azul
grounding-senses-see-2 = Uma luz ou uma janela
grounding-senses-see-3 = Algo que está longe
grounding-senses-see-4 = Algo com palavras escritas
grounding-senses-see-5 = Uma forma de que você gosta
grounding-senses-see-6 = Algo que se mexe
grounding-senses-touch-heading = 4 coisas que você pode sentir
grounding-senses-touch-prompt = Perceba quatro coisas que você pode sentir ou tocar. Fique um pouquinho com cada uma.
grounding-senses-touch-1 = Seus pés no chão
grounding-senses-touch-2 = Sua roupa na pele
grounding-senses-touch-3 = Algo macio
grounding-senses-touch-4 = Algo liso
grounding-senses-touch-5 = O assento ou a cama embaixo de você
grounding-senses-hear-heading = 3 coisas que você pode ouvir
grounding-senses-hear-prompt = Preste atenção em três sons, perto ou longe. Sons baixinhos também valem.
grounding-senses-hear-1 = Vozes ou música
grounding-senses-hear-2 = Trânsito ou vento
grounding-senses-hear-3 = O zumbido de uma geladeira, de um ventilador ou de um computador
grounding-senses-hear-4 = Passarinhos ou outros animais
grounding-senses-hear-5 = Seus próprios passos ou movimentos
grounding-senses-smell-heading = 2 cheiros que você pode sentir
grounding-senses-smell-prompt = Perceba dois cheiros. Se não sentir cheiro nenhum, pense em dois cheiros de que você gosta.
grounding-senses-smell-1 = Sabonete ou roupa limpa
grounding-senses-smell-2 = Ar fresco
grounding-senses-smell-3 = Flores, folhas ou grama
grounding-senses-smell-4 = Um cheiro que você adora
grounding-senses-taste-heading = 1 sabor que você pode sentir
grounding-senses-taste-prompt = Perceba um sabor na sua boca. Você pode tomar um gole de água ou pensar em um sabor de que você gosta.
grounding-senses-taste-1 = Pasta de dente
grounding-senses-taste-2 = Um gole de água
grounding-senses-taste-3 = O gosto que está na sua boca agora
grounding-senses-taste-4 = Sua bebida ou comida favorita
grounding-senses-previous = Passo anterior
grounding-senses-next = Próximo
grounding-senses-finish = Terminar
grounding-senses-done = Você tirou um tempo para perceber o mundo ao seu redor, aqui e agora.

## Respiração ritmada

grounding-breathing-intro = Respire acompanhando as palavras e a figura. Vá com calma. Nunca force a respiração e nunca segure o ar por mais tempo do que for confortável.
grounding-breathing-not-for-you = Se pensar na respiração faz você se sentir pior, saiba que isso é comum. Experimente o 5-4-3-2-1.
grounding-breathing-try-senses = Experimentar o 5-4-3-2-1
grounding-breathing-rhythm = Ritmo
grounding-breathing-preset-box = Quadrada: inspire 4, segure 4, solte 4, descanse 4
grounding-breathing-preset-478 = 4-7-8: inspire 4, segure 7, solte 8
grounding-breathing-preset-longer = Soltar o ar mais devagar: inspire 4, solte 6
grounding-breathing-dizzy = Se sentir tontura, pare e respire normalmente.
grounding-breathing-more = Mudar o ritmo, a duração ou os sinais
grounding-breathing-own = Seu próprio ritmo (em segundos)
grounding-breathing-own-hint = Coloque 0 em segurar o ar ou em descansar para deixar essa parte de fora.
grounding-breathing-in-seconds = Inspire (segundos)
grounding-breathing-hold-seconds = Segure o ar (segundos)
grounding-breathing-out-seconds = Solte o ar (segundos)
grounding-breathing-rest-seconds = Descanse (segundos)
grounding-breathing-length = Duração
grounding-breathing-by-minutes = Por minutos
grounding-breathing-by-breaths = Por número de respirações
grounding-breathing-minutes = Minutos
grounding-breathing-breaths = Respirações
grounding-breathing-cues = Sinais extras (desligados, a menos que você os ligue)
grounding-breathing-vibrate = Vibrar: uma vez para inspirar, duas vezes para soltar o ar
grounding-breathing-sound = Um som suave na hora de inspirar ou de soltar o ar
grounding-breathing-phase-in = Inspire
grounding-breathing-phase-hold = Segure o ar
grounding-breathing-phase-out = Solte o ar
grounding-breathing-phase-rest = Descanse
# Lido pelos leitores de tela a cada mudança, por exemplo: “Inspire, 4 segundos”.
grounding-breathing-announce = { $phase }, { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
grounding-breathing-breath-of = Respiração { $n } de { $total }
grounding-breathing-breath = Respiração { $n }
grounding-breathing-minutes-left = { $minutes ->
    [0] Falta menos de um minuto
    [one] Falta cerca de { $minutes } minuto
   *[other] Faltam cerca de { $minutes } minutos
}
grounding-breathing-done = Você se deu alguns minutos de respiração tranquila.
grounding-breathing-stopped = Você parou, e tudo bem. Se prestar atenção na respiração não fez bem, o 5-4-3-2-1 não usa a respiração.

## Surfar o impulso

grounding-urge-intro = Um impulso forte pode dar a sensação de que só vai crescer. Mas a maioria dos impulsos é como uma onda: sobe, chega ao ponto mais alto e depois diminui. Você não precisa seguir este impulso.
grounding-urge-how = Escolha um tempo. A cada minuto, vamos perguntar como está indo.
grounding-urge-choose = Por quanto tempo?
grounding-urge-minutes = { $minutes } minutos
grounding-urge-guide = Perceba em que parte do corpo você sente o impulso. Deixe que ele suba. Você não precisa fazer nada com ele. Só observe, como uma onda.
grounding-urge-time-left = Tempo restante: { $time }
grounding-urge-check-title = O impulso diminuiu?
grounding-urge-check-text = Tudo bem se ainda não diminuiu. Algumas ondas demoram mais para passar.
grounding-urge-timeup-title = O tempo acabou. O impulso diminuiu?
grounding-urge-eased = Sim, diminuiu
grounding-urge-keep-going = Ainda não, quero continuar
grounding-urge-extend = Mais 5 minutos
grounding-urge-stronger = Está ficando mais forte
grounding-urge-not-eased = Ainda não diminuiu
grounding-urge-reach-title = Tudo bem pedir ajuda
grounding-urge-reach-text = Quando um impulso continua forte, conversar com alguém pode ajudar. Você não precisa passar por isso sem apoio.
grounding-urge-back = Voltar ao cronômetro
grounding-urge-eased-text = Você acompanhou a onda enquanto ela passava. Se o impulso voltar, você também pode voltar aqui.

## Contraia e solte (relaxamento muscular em pares)

grounding-muscle-intro = Você vai contrair de leve uma parte do corpo e depois soltar, uma parte de cada vez. Contraia só até onde for confortável, nunca a ponto de sentir dor. Pule qualquer parte que esteja dolorida ou machucada.
grounding-muscle-hands = Mãos
grounding-muscle-hands-how = Feche as duas mãos e aperte de leve.
grounding-muscle-arms = Braços
grounding-muscle-arms-how = Dobre os cotovelos e contraia a parte de cima dos braços.
grounding-muscle-shoulders = Ombros
grounding-muscle-shoulders-how = Levante os ombros em direção às orelhas.
grounding-muscle-face = Rosto
grounding-muscle-face-how = Franza os olhos, o nariz e a boca.
grounding-muscle-legs = Pernas
grounding-muscle-legs-how = Estique as pernas e contraia os músculos.
grounding-muscle-feet = Pés
grounding-muscle-feet-how = Pressione os pés no chão e encolha os dedos dos pés.
grounding-muscle-tense = Contraia de leve
grounding-muscle-release = Solte
grounding-muscle-release-how = Solte tudo. Perceba como é relaxar. Se quiser, solte o ar devagar e pense na palavra “relaxe”.
# Lido pelos leitores de tela quando uma parte começa, por exemplo: “Mãos: Feche as duas mãos e aperte de leve.”
grounding-muscle-announce = { $part }: { $how }
grounding-muscle-skip = Pular esta parte
grounding-muscle-done = Você tirou um tempo para deixar seu corpo se soltar um pouco.

## Ideias para se confortar e se distrair

grounding-ideas-intro = Experimente uma coisa pequena. Se não ajudar, tente outra. Não existe um jeito certo.
grounding-ideas-grounding = Volte ao presente
grounding-ideas-grounding-1 = Pressione os pés no chão e perceba como é a sensação.
grounding-ideas-grounding-2 = Segure algo macio ou aconchegante, como um cobertor ou uma almofada.
grounding-ideas-grounding-3 = Diga o nome de todas as cores que você consegue ver ao seu redor.
grounding-ideas-comfort = Conforto
grounding-ideas-comfort-1 = Enrole-se em algo quentinho.
grounding-ideas-comfort-2 = Prepare uma bebida quentinha e beba devagar, em pequenos goles.
grounding-ideas-comfort-3 = Coloque uma música que faça você se sentir em segurança.
grounding-ideas-comfort-4 = Passe um tempo com um animal de estimação.
grounding-ideas-distract = Distração
grounding-ideas-distract-1 = Faça um quebra-cabeça, um jogo de palavras ou um desenho para colorir.
grounding-ideas-distract-2 = Veja ou ouça algo engraçado ou que você já conhece.
grounding-ideas-distract-3 = Arrume um cantinho pequeno, como uma gaveta ou uma prateleira.
grounding-ideas-distract-4 = Faça uma caminhada tranquila, em um lugar onde você se sinta em segurança.
grounding-ideas-express = Coloque para fora
grounding-ideas-express-1 = Escreva como você se sente e depois dobre a folha e guarde.
grounding-ideas-express-2 = Desenhe ou rabisque em um papel como você se sente.
grounding-ideas-express-3 = Cante, cantarole ou chore, se precisar.
grounding-ideas-connect = Procure alguém
grounding-ideas-connect-1 = Mande uma mensagem ou ligue para alguém em quem você confia.
grounding-ideas-connect-2 = Fique perto de outras pessoas, como sua família, ou em um lugar acolhedor.
grounding-ideas-connect-3 = Fale com uma linha de apoio. Lá há pessoas preparadas para ouvir.
