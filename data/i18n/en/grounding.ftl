# "Ground yourself now".

grounding-title = Ground yourself now
