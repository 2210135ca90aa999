<?php
// The `wordpress` tier's router for `php -S`: what WordPress's .htaccess does under Apache.
// Files that exist are served as they are; any other path goes to index.php (so WordPress
// answers /favicon.ico and pretty links itself, as on a real host).
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && file_exists($_SERVER['DOCUMENT_ROOT'] . $path)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
