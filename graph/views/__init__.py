"""Stage 5, the views: the interactive HTML page (``viz``), what a view shows (``select``), how it looks
(``style``) and where nodes sit (``layout``); the page's static files are in ``assets/``."""
