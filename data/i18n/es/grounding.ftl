# Translation: Spanish. Review status: see data/i18n/locales.toml and the review pack.
# «Vuelve al aquí y ahora»: ejercicios para recuperar la calma. Español neutro, "tú". Edad de lectura ~12; cálido, calmado, sin promesas, sin rachas ni puntuaciones.
# Reglas de mensajes seguros: ../../../../shared/CONTENT.md. En especial: nunca sugerir conductas
# "sustitutas" (hielo, gomas elásticas, bolígrafo rojo); el 5-4-3-2-1 va primero porque no usa la
# respiración; aquí no hay habilidades TIPP (agua fría, ejercicio intenso).
# Vocabulario: urge = impulso; breathe in/out = toma aire / suelta el aire; hold = mantén; rest = descansa.

grounding-title = Vuelve al aquí y ahora

## El menú

grounding-intro = Elige lo que sientas que te va mejor. Puedes parar en cualquier momento.
grounding-senses-title = 5-4-3-2-1 con tus sentidos
grounding-senses-blurb = Fíjate en lo que te rodea, un sentido cada vez. Este ejercicio no usa la respiración.
grounding-breathing-title = Respiración pausada
grounding-breathing-blurb = Respira siguiendo una cuenta lenta y regular.
grounding-urge-title = Surfea la ola
grounding-urge-blurb = Un temporizador para acompañarte mientras sientes un impulso fuerte. Con el tiempo, la mayoría de los impulsos bajan.
grounding-muscle-title = Tensa y suelta
grounding-muscle-blurb = Tensa con suavidad y luego relaja una parte del cuerpo cada vez.
grounding-ideas-title = Ideas para reconfortarte y distraerte
grounding-ideas-blurb = Cosas pequeñas y seguras que puedes hacer ahora mismo.
grounding-all-exercises = Todos los ejercicios

## Compartido por los ejercicios

grounding-start = Empezar
grounding-pause = Pausar
grounding-resume = Continuar
grounding-stop = Parar
# Lo leen los lectores de pantalla cuando la persona hace una pausa.
grounding-paused = En pausa.
grounding-seconds-left = { $seconds ->
    [one] Queda 1 segundo
   *[other] Quedan { $seconds } segundos
}
grounding-checkin-title = ¿Cómo te sientes ahora?
grounding-checkin-text = Sientas lo que sientas, está bien. Puedes repetirlo, probar otra cosa o hablar con alguien ahora mismo.
grounding-again = Repetir
grounding-try-another = Probar otro ejercicio

## 5-4-3-2-1 con tus sentidos

grounding-senses-intro = Tómate tu tiempo. No hay respuestas incorrectas y puedes saltarte cualquier paso.
grounding-senses-ideas = Algunas ideas. Si quieres, marca las que notes.
grounding-senses-see-heading = 5 cosas que puedes ver
grounding-senses-see-prompt = Mira a tu alrededor despacio. Busca cinco cosas que puedas ver, grandes o pequeñas.
grounding-senses-see-1 = Algo azul
grounding-senses-see-2 = Una luz o una ventana
grounding-senses-see-3 = Algo que esté lejos
grounding-senses-see-4 = Algo que tenga palabras escritas
grounding-senses-see-5 = Una forma que te guste
grounding-senses-see-6 = Algo que se mueva
grounding-senses-touch-heading = 4 cosas que puedes sentir
grounding-senses-touch-prompt = Fíjate en cuatro cosas que puedas sentir o tocar. Quédate un momento con cada una.
grounding-senses-touch-1 = Tus pies en el suelo
grounding-senses-touch-2 = La ropa sobre tu piel
grounding-senses-touch-3 = Algo suave
grounding-senses-touch-4 = Algo liso
grounding-senses-touch-5 = El asiento o la cama debajo de ti
grounding-senses-hear-heading = 3 cosas que puedes oír
grounding-senses-hear-prompt = Escucha tres sonidos, cerca o lejos. Los sonidos bajitos también cuentan.
grounding-senses-hear-1 = Voces o música
grounding-senses-hear-2 = Tráfico o viento
grounding-senses-hear-3 = El zumbido de un refrigerador, un ventilador o una computadora
grounding-senses-hear-4 = Pájaros u otros animales
grounding-senses-hear-5 = Tus propios pasos o movimientos
grounding-senses-smell-heading = 2 cosas que puedes oler
grounding-senses-smell-prompt = Fíjate en dos olores. Si no hueles nada, piensa en dos olores que te gusten.
grounding-senses-smell-1 = Jabón o ropa limpia
grounding-senses-smell-2 = Aire fresco
grounding-senses-smell-3 = Flores, hojas o hierba
grounding-senses-smell-4 = Un olor que te encanta
grounding-senses-taste-heading = 1 cosa que puedes saborear
grounding-senses-taste-prompt = Fíjate en un sabor que notes en la boca. Puedes tomar un sorbo de agua o pensar en un sabor que te guste.
grounding-senses-taste-1 = Pasta de dientes
grounding-senses-taste-2 = Un sorbo de agua
grounding-senses-taste-3 = El sabor que tienes ahora en la boca
grounding-senses-taste-4 = Tu bebida o tu comida favorita
grounding-senses-previous = Paso anterior
grounding-senses-next = Siguiente
grounding-senses-finish = Terminar
grounding-senses-done = Te has tomado un tiempo para fijarte en el mundo que te rodea, aquí y ahora.

## Respiración pausada

grounding-breathing-intro = Respira siguiendo las palabras y la figura. Hazlo con suavidad. Nunca fuerces la respiración, y nunca mantengas el aire más tiempo del que te resulte cómodo.
grounding-breathing-not-for-you = Si pensar en tu respiración te hace sentir peor, es algo que le pasa a mucha gente. Prueba mejor el 5-4-3-2-1.
grounding-breathing-try-senses = Prueba mejor el 5-4-3-2-1
grounding-breathing-rhythm = Ritmo
grounding-breathing-preset-box = Cuadrada: toma aire 4, mantén 4, suelta 4, descansa 4
grounding-breathing-preset-478 = 4-7-8: toma aire 4, mantén 7, suelta 8
grounding-breathing-preset-longer = Soltar el aire más tiempo: toma aire 4, suelta 6
grounding-breathing-dizzy = Si te mareas, para y respira con normalidad.
grounding-breathing-more = Cambiar el ritmo, la duración o las señales
grounding-breathing-own = Tus propios segundos
grounding-breathing-own-hint = Pon 0 en mantener o descansar para saltarte ese paso.
grounding-breathing-in-seconds = Toma aire (segundos)
grounding-breathing-hold-seconds = Mantén el aire (segundos)
grounding-breathing-out-seconds = Suelta el aire (segundos)
grounding-breathing-rest-seconds = Descansa (segundos)
grounding-breathing-length = Duración
grounding-breathing-by-minutes = Por minutos
grounding-breathing-by-breaths = Por número de respiraciones
grounding-breathing-minutes = Minutos
grounding-breathing-breaths = Respiraciones
grounding-breathing-cues = Señales extra (desactivadas, salvo que las actives)
grounding-breathing-vibrate = Vibración: un pulso para tomar aire, dos para soltarlo
grounding-breathing-sound = Un sonido suave cuando toque tomar o soltar el aire
grounding-breathing-phase-in = Toma aire
grounding-breathing-phase-hold = Mantén
grounding-breathing-phase-out = Suelta el aire
grounding-breathing-phase-rest = Descansa
# Lo leen los lectores de pantalla en cada cambio, p. ej. «Toma aire, 4 segundos».
grounding-breathing-announce = { $phase }, { $seconds ->
    [one] 1 segundo
   *[other] { $seconds } segundos
}
grounding-breathing-breath-of = Respiración { $n } de { $total }
grounding-breathing-breath = Respiración { $n }
grounding-breathing-minutes-left = { $minutes ->
    [0] Queda menos de un minuto
    [one] Queda más o menos 1 minuto
   *[other] Quedan unos { $minutes } minutos
}
grounding-breathing-done = Te has dado unos minutos para respirar con calma.
grounding-breathing-stopped = Paraste, y está bien. Si centrarte en la respiración no te hizo sentir bien, el 5-4-3-2-1 no usa la respiración.

## Surfear el impulso

grounding-urge-intro = Cuando un impulso es fuerte, puede parecer que solo va a ir a más. Pero la mayoría de los impulsos son como olas: suben, llegan a lo más alto y luego bajan. No tienes que hacer lo que este impulso te pide.
grounding-urge-how = Elige cuánto tiempo. Cada minuto te preguntaremos cómo va.
grounding-urge-choose = ¿Cuánto tiempo?
grounding-urge-minutes = { $minutes } minutos
grounding-urge-guide = Fíjate en qué parte del cuerpo sientes el impulso. Deja que suba. No tienes que hacer nada con él. Solo obsérvalo, como una ola.
grounding-urge-time-left = Tiempo que queda: { $time }
grounding-urge-check-title = ¿Ha bajado el impulso?
grounding-urge-check-text = No pasa nada si todavía no ha bajado. Algunas olas tardan más en pasar.
grounding-urge-timeup-title = Se ha acabado el tiempo. ¿Ha bajado el impulso?
grounding-urge-eased = Sí, ha bajado
grounding-urge-keep-going = Todavía no, sigo
grounding-urge-extend = Agregar 5 minutos
grounding-urge-stronger = Se está haciendo más fuerte
grounding-urge-not-eased = Todavía no ha bajado
grounding-urge-reach-title = Está bien pedir ayuda
grounding-urge-reach-text = Cuando un impulso sigue siendo fuerte, hablar con alguien puede ayudar. No tienes que afrontarlo sin apoyo.
grounding-urge-back = Volver al temporizador
grounding-urge-eased-text = Has acompañado la ola mientras pasaba. Si el impulso vuelve, tú también puedes volver aquí.

## Tensa y suelta (relajación muscular por pasos)

grounding-muscle-intro = Vas a tensar con suavidad una parte del cuerpo y luego soltarla, una parte cada vez. Tensa solo lo que te resulte cómodo, nunca hasta el punto de sentir dolor. Sáltate cualquier parte que te duela o que tengas lesionada.
grounding-muscle-hands = Manos
grounding-muscle-hands-how = Cierra los dos puños y aprieta con suavidad.
grounding-muscle-arms = Brazos
grounding-muscle-arms-how = Dobla los codos y tensa la parte de arriba de los brazos.
grounding-muscle-shoulders = Hombros
grounding-muscle-shoulders-how = Sube los hombros hacia las orejas.
grounding-muscle-face = Cara
grounding-muscle-face-how = Aprieta los ojos y arruga la nariz y la boca.
grounding-muscle-legs = Piernas
grounding-muscle-legs-how = Estira las piernas y ténsalas.
grounding-muscle-feet = Pies
grounding-muscle-feet-how = Presiona los pies contra el suelo y encoge los dedos.
grounding-muscle-tense = Tensa con suavidad
grounding-muscle-release = Suelta
grounding-muscle-release-how = Suéltalo todo. Fíjate en cómo se siente relajarte. Si quieres, suelta el aire despacio y piensa la palabra «calma».
# Lo leen los lectores de pantalla al empezar cada parte, p. ej. «Manos: Cierra los dos puños y aprieta con suavidad.»
grounding-muscle-announce = { $part }: { $how }
grounding-muscle-skip = Saltar esta parte
grounding-muscle-done = Te has tomado un tiempo para dejar que tu cuerpo se relaje un poco.

## Ideas para reconfortarte y distraerte

grounding-ideas-intro = Prueba una cosa pequeña. Si no te ayuda, prueba otra. No hay una forma correcta.
grounding-ideas-grounding = Vuelve al presente
grounding-ideas-grounding-1 = Presiona los pies contra el suelo y fíjate en cómo se siente.
grounding-ideas-grounding-2 = Sostén algo suave o reconfortante, como una manta o un cojín.
grounding-ideas-grounding-3 = Nombra todos los colores que veas a tu alrededor.
grounding-ideas-comfort = Reconfórtate
grounding-ideas-comfort-1 = Envuélvete en algo que te dé calor.
grounding-ideas-comfort-2 = Prepárate una bebida calentita y tómala a sorbos, despacio.
grounding-ideas-comfort-3 = Pon una canción que te haga sentir a salvo.
grounding-ideas-comfort-4 = Pasa un rato con una mascota.
grounding-ideas-distract = Distráete
grounding-ideas-distract-1 = Haz un rompecabezas, un juego de palabras o un dibujo para colorear.
grounding-ideas-distract-2 = Mira o escucha algo divertido o que te resulte familiar.
grounding-ideas-distract-3 = Ordena un espacio pequeño, como un cajón o un estante.
grounding-ideas-distract-4 = Sal a dar un paseo tranquilo por un lugar donde te sientas a salvo.
grounding-ideas-express = Desahógate
grounding-ideas-express-1 = Escribe cómo te sientes y luego dobla la hoja y guárdala.
grounding-ideas-express-2 = Dibuja o garabatea en un papel cómo te sientes.
grounding-ideas-express-3 = Canta, tararea o llora si lo necesitas.
grounding-ideas-connect = Acércate a alguien
grounding-ideas-connect-1 = Manda un mensaje o llama a alguien en quien confíes.
grounding-ideas-connect-2 = Busca estar cerca de otras personas, como tu familia, o en un lugar acogedor.
grounding-ideas-connect-3 = Habla con una línea de ayuda. Ahí hay personas preparadas para escuchar.
