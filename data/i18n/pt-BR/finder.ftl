# Translation: Brazilian Portuguese. Review status: see data/i18n/locales.toml and the review pack.
# "Encontre uma abordagem". Português do Brasil, "você". Leitura para ~12 anos; acolhedor, claro, sem promessas.
# Fatos e fontes: ../../../../shared/CONTENT.md ("What the evidence says",
# "How the approaches are usually described"). Regras de comunicação segura: nunca métodos,
# nunca "cometer", nenhum detalhe de dano; um aviso de conteúdo vem antes das linhas de pesquisa.
# Os ids finder-q-, finder-a-, finder-why-, finder-evidence-, finder-approach-,
# finder-about-, finder-sessions-, finder-suits-less- vêm de data/finder.toml.
# Nomes: CBT = TCC, DBT = DBT, DBT-A = DBT-A. Os nomes das fontes (Cochrane, NICE) não são traduzidos.

finder-title = Encontre uma abordagem

## Introdução

finder-intro-title = Como funciona
finder-intro-lead = Responda algumas perguntas sobre o que você gostaria na terapia. Depois, você vai ver três tipos comuns de terapia, como cada um combina com suas respostas e o que as pesquisas dizem sobre eles.
finder-intro-time = Leva cerca de dois minutos. Você pode pular qualquer pergunta.
finder-intro-not-a-test = Não é um teste. Não faz nenhum diagnóstico nem mede risco. Só ajuda você a conhecer suas opções.
finder-intro-private = Suas respostas ficam neste dispositivo. Elas não são salvas nem enviadas para lugar nenhum, e são apagadas quando você recomeça, fecha o Harbor ou sai desta página.
finder-intro-help = Se você precisa conversar com alguém agora mesmo, escolha “Peça ajuda agora”, no alto da tela. Essa opção aparece em todas as telas.
finder-start = Começar

## Perguntas

finder-progress = Pergunta { $n } de { $total }
finder-next = Próxima
finder-show-results = Ver o que pode combinar com você
finder-not-sure = Não sei
finder-previous = Pergunta anterior
finder-start-over = Recomeçar
finder-choose-first = Escolha uma resposta ou escolha “Não sei” para pular esta pergunta.
finder-cleared = Suas respostas foram apagadas.

finder-q-structure = Como você gostaria que fossem suas sessões?
finder-a-structure-planned = Planejadas, com etapas e objetivos claros
finder-a-structure-open = Abertas, para eu poder falar sobre o que estiver na minha cabeça
finder-why-structure-planned = Você gostaria de sessões com um plano e objetivos claros.
finder-why-structure-open = Você gostaria de sessões abertas, em que possa falar sobre o que estiver na sua cabeça.

finder-q-homework = O que você acharia de experimentar coisas entre as sessões, como exercícios curtos ou anotações?
finder-a-homework-yes = Eu gostaria
finder-a-homework-no = Prefiro que fique só nas sessões
finder-why-homework-yes = Para você, tudo bem experimentar coisas entre as sessões.
finder-why-homework-no = Você prefere não ter tarefas entre as sessões.

finder-q-focus = O que você mais gostaria de ganhar com a terapia?
finder-a-focus-skills = Habilidades práticas para usar quando as coisas ficarem difíceis
finder-a-focus-understand = Entender de onde vêm meus sentimentos
finder-why-focus-skills = Você gostaria de aprender habilidades práticas para usar quando as coisas ficarem difíceis.
finder-why-focus-understand = Você gostaria de entender de onde vêm seus sentimentos.

finder-q-when = Sobre o que você mais gostaria de conversar?
finder-a-when-now = O que está acontecendo na minha vida agora e o que fazer em seguida
finder-a-when-past = Como meu passado influencia o jeito como me sinto agora
finder-why-when-now = Você gostaria de focar no que está acontecendo agora.
finder-why-when-past = Você gostaria de olhar para como seu passado influencia o jeito como você se sente agora.

finder-q-group = Algumas terapias incluem aprender em grupo com outras pessoas, além de sessões individuais com um terapeuta. O que você acharia disso?
finder-a-group-ok = Para mim, tudo bem ter um grupo
finder-a-group-one-to-one = Prefiro ter só sessões individuais
finder-why-group-ok = Para você, tudo bem aprender em grupo.
finder-why-group-one-to-one = Você prefere ter só sessões individuais.

finder-q-hours = Quanto tempo você poderia dedicar à terapia por semana?
finder-a-hours-one = Mais ou menos uma sessão por semana
finder-a-hours-more = Posso fazer mais de uma sessão por semana
finder-why-hours-one = Você gostaria de mais ou menos uma sessão por semana.
finder-why-hours-more = Você poderia dedicar tempo a mais de uma sessão por semana.

finder-q-length = Quanto tempo você gostaria que a terapia durasse?
finder-a-length-short = Alguns meses ou menos
finder-a-length-long = Cerca de um ano, ou mais se ajudar
finder-why-length-short = Você gostaria que a terapia durasse alguns meses ou menos.
finder-why-length-long = Para você, tudo bem a terapia durar cerca de um ano, ou mais.

finder-q-age = Última pergunta: você tem menos de 18 anos? Isso muda quais pesquisas mostramos para você.
finder-a-age-under-18 = Sim, tenho menos de 18 anos
finder-a-age-adult = Não, tenho 18 anos ou mais
finder-why-age-under-18 = Você tem menos de 18 anos. Um tipo de DBT feito para adolescentes (DBT-A) é o que tem as pesquisas mais fortes para jovens.

## Resultado

finder-result-title = O que pode combinar com você
finder-frame-not-a-test = Isto não é um teste. Não faz nenhum diagnóstico e não mede risco. Só compara o que você disse que gostaria com o jeito como cada terapia costuma funcionar.
finder-frame-evidence = As pesquisas sobre cada terapia isolada são limitadas, com exceção da DBT feita para adolescentes (DBT-A).
finder-frame-fit = A sintonia entre você e o terapeuta importa muito. Ajuda encontrar alguém com quem você se dê bem e em quem sinta que pode confiar.
finder-result-lead = Aqui estão as três, começando pela que mais se aproxima das suas respostas.
finder-result-hope = Muitas pessoas percebem que, com o apoio certo, as coisas podem melhorar.
finder-content-note = Esta parte fala de pesquisas sobre autolesão. Fala só dos estudos, sem detalhes, e você pode pular.
finder-all-level = Suas respostas não apontaram para uma abordagem mais do que para as outras, então elas aparecem em uma ordem fixa.
finder-level-with-above = Suas respostas combinam igualmente com esta e com a de cima.

finder-heading-why = Por que apareceu
finder-no-reasons = Nenhuma das suas respostas apontou para esta. Mesmo assim, pode valer a pena perguntar sobre ela.
finder-reasons-count = { $count ->
    [one] Uma das suas respostas aponta para esta.
   *[other] { $count } das suas respostas apontam para esta.
}
finder-more = Por que apareceu, e mais
finder-summary-cbt = Prática e planejada: você olha como pensamentos, sentimentos e ações se ligam, e experimenta coisas entre as sessões.
finder-summary-dbt = Habilidades para emoções muito intensas, em um grupo semanal e sessões individuais, geralmente por cerca de um ano.
finder-summary-psychodynamic = Um espaço para falar livremente e entender como seu passado influencia como você se sente hoje.
finder-heading-what = O que é
finder-heading-sessions = Como são as sessões
finder-heading-research = Pesquisas sobre autolesão
finder-heading-suits-less = Para quem pode combinar menos
finder-source = Fonte:

finder-approach-cbt = TCC (terapia cognitivo-comportamental)
finder-about-cbt = A TCC olha para como seus pensamentos, sentimentos e ações se ligam na sua vida de agora. Você e seu terapeuta trabalham em jeitos práticos de lidar com os problemas, e você experimenta coisas entre as sessões.
finder-sessions-cbt = Muitas vezes são de 6 a 20 sessões, toda semana ou a cada duas semanas, de 30 a 60 minutos cada. Pode ser individual, em grupo ou de autoajuda guiada, com um livro ou um curso on-line.
finder-suits-less-cbt = Pode combinar menos com você se você prefere falar livremente, sem um plano, se não quer tarefas entre as sessões ou se quer explorar seu passado a fundo.

finder-approach-dbt = DBT (terapia comportamental dialética)
finder-about-dbt = A DBT foi criada para pessoas que sentem as emoções de forma muito intensa, incluindo pessoas que se autolesionam. Ela ensina habilidades em quatro áreas: perceber o momento presente (mindfulness ou atenção plena), atravessar momentos muito difíceis, lidar com emoções fortes e se relacionar bem com outras pessoas.
finder-sessions-dbt = Costuma durar cerca de um ano, com um grupo de habilidades toda semana e uma sessão individual toda semana. Muitos programas também oferecem apoio por telefone entre as sessões, para ajudar você a usar as habilidades. A versão para adolescentes (DBT-A) inclui os pais ou responsáveis.
finder-suits-less-dbt = Pode combinar menos com você se você não consegue dedicar tempo a mais de uma sessão por semana, se prefere não participar de um grupo ou se quer algo curto.

finder-approach-psychodynamic = Terapia psicodinâmica
finder-about-psychodynamic = A terapia psicodinâmica dá espaço para você falar livremente. Ela ajuda você a entender como experiências passadas, e sentimentos dos quais você talvez não tenha consciência, influenciam o jeito como você se sente e age hoje. Sua relação com o terapeuta é uma parte importante do trabalho.
finder-sessions-psychodynamic = Normalmente é individual, uma vez por semana, com cerca de 50 minutos cada sessão. Muitas vezes começa com alguns encontros para vocês se conhecerem e depois dura meses, um ano ou mais. Não há tarefas de casa.
finder-suits-less-psychodynamic = Pode combinar menos com você se você quer ferramentas práticas logo, um plano claro para cada sessão ou um tratamento curto.

## Quanta certeza as pesquisas têm (palavras simples para cada nível de certeza, e para fontes sem nível)

finder-certainty-high = Evidência forte: quem pesquisa tem confiança de que o efeito real é próximo do que os estudos encontraram.
finder-certainty-moderate = Evidência moderada: o efeito real provavelmente é próximo do que os estudos encontraram, mas pode ser bem diferente.
finder-certainty-low = Evidência limitada: o efeito real pode ser bem diferente do que os estudos encontraram.
finder-certainty-very-low = Evidência muito limitada: quem pesquisa tem muita incerteza. É provável que o efeito real seja bem diferente do que os estudos encontraram.
finder-kind-trial = Um único estudo pequeno: um só estudo não consegue dar certeza.
finder-kind-guideline = Orientação: o que as orientações oficiais de saúde da Inglaterra recomendam.

finder-evidence-cbt-adult = Em adultos, a terapia individual baseada na TCC pode diminuir a chance de a autolesão acontecer de novo até o fim do tratamento. Também houve alguns sinais de que ela pode ajudar 6 e 12 meses depois.
finder-evidence-cbt-adult-nice = As orientações de saúde da Inglaterra sugerem uma psicoterapia estruturada para adultos que se autolesionaram. Ela usa ideias da TCC, é adaptada a cada pessoa e geralmente dura de 4 a 10 sessões.
finder-evidence-cbt-under-18 = Em menores de 18 anos, dois estudos pequenos sobre a terapia individual baseada na TCC não encontraram diferença clara, em comparação com o atendimento habitual, na chance de a autolesão acontecer de novo até o fim do tratamento.
finder-evidence-dbt-adult = Em adultos, não está nada claro se a DBT torna menos provável que a autolesão aconteça de novo. Ela pode ajudar a autolesão a acontecer com menos frequência.
finder-evidence-dbt-under-18 = Em menores de 18 anos, a DBT feita para adolescentes (DBT-A) diminuiu a chance de a autolesão acontecer de novo até o fim do tratamento. Esse resultado vem de 4 estudos pequenos com 270 jovens no total. É o resultado mais forte dessas pesquisas, mas nenhum estudo pode prometer como a terapia vai ser para uma pessoa.
finder-evidence-dbt-under-18-nice = As orientações de saúde da Inglaterra dizem que a DBT-A pode ser considerada para jovens que se autolesionam com frequência e têm muita dificuldade para lidar com emoções fortes.
finder-evidence-psychodynamic-adult = Em um estudo pequeno de 2001, adultos tiveram quatro sessões em casa de uma psicoterapia psicodinâmica, depois de uma ida ao hospital. Seis meses depois, menos deles disseram ter se autolesionado de novo, em comparação com quem teve o atendimento habitual. Isso não era o principal que o estudo media.
finder-evidence-psychodynamic-adult-mbt = Em adultos, um estudo analisou uma terapia parecida (MBT, que surgiu de ideias psicodinâmicas). Até o fim do tratamento, menos pessoas tinham se autolesionado de novo do que com o outro atendimento do estudo, e isso aconteceu com menos frequência.
finder-evidence-psychodynamic-under-18 = Em menores de 18 anos, dois estudos pequenos analisaram uma terapia parecida para adolescentes (MBT-A, que surgiu de ideias psicodinâmicas). Não está nada claro se ela diminui a chance de a autolesão acontecer de novo.

# The name of each line's source, shown as its link (finder-source-<evidence id>).
finder-source-cbt-adult = Revisão Cochrane em adultos, Witt et al. 2021
finder-source-cbt-adult-nice = Diretriz NICE NG225 (2022)
finder-source-cbt-under-18 = Revisão Cochrane em menores de 18 anos, Witt et al. 2021
finder-source-dbt-adult = Revisão Cochrane em adultos, Witt et al. 2021
finder-source-dbt-under-18 = Revisão Cochrane em menores de 18 anos, Witt et al. 2021
finder-source-dbt-under-18-nice = Diretriz NICE NG225 (2022)
finder-source-psychodynamic-adult = Guthrie et al. 2001, BMJ
finder-source-psychodynamic-adult-mbt = Revisão Cochrane em adultos, Witt et al. 2021
finder-source-psychodynamic-under-18 = Revisão Cochrane em menores de 18 anos, Witt et al. 2021

## Próximos passos

finder-next-title = Um bom próximo passo
finder-next-lead = Um terapeuta pode ajudar você a escolher. Você pode perguntar sobre qualquer uma dessas abordagens e se ela é oferecida.
finder-contact-default = Entrar em contato com este consultório
finder-back-to-questions = Voltar às perguntas
