# Translation: Spanish. Review status: see data/i18n/locales.toml and the review pack.
# Lo muestra el cargador cuando Harbor no puede arrancar. Textos cortos: van en el script del cargador.

fallback-title = Si estás en peligro ahora
fallback-call = Llama al { $number } (servicios de emergencia)
fallback-no-number = Llama al número de emergencia de tu zona.
fallback-line = O habla con alguien: { $name }, { $number }
fallback-directory = Encuentra una línea de ayuda cerca de ti: findahelpline.com
