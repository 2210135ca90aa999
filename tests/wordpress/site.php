<?php
// Sets up the WordPress the `wordpress` tier tests (xtask/src/wordpress.rs runs it with php-cli,
// after it has written the site's config): installs WordPress, unzips dist/wordpress/harbor.zip
// with WordPress's own unzip_file() into the plugins folder, activates it, and publishes the
// pages tests/wordpress/wordpress.test.mjs loads. Writes their addresses and stored contents
// as JSON to the file named by the second argument.
// Usage: php site.php <harbor.zip> <pages.json>   (HARBOR_WP_URL: the site's address)

[$zip, $out] = array_slice($argv, 1, 2);
$url = getenv('HARBOR_WP_URL');
$_SERVER['HTTP_HOST'] = '127.0.0.1'; // Debian's wp-config.php picks /etc/wordpress/config-<host>.php
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

function fail($message) {
    fwrite(STDERR, "site.php: $message\n");
    exit(1);
}

$installed = wp_install('Riverside Therapy', 'admin', 'admin@example.org', false, '', 'harbor-admin-pw');
if (empty($installed['user_id'])) fail('wp_install failed');
$admin = (int) $installed['user_id'];

// The plugin, as the "Upload Plugin" page installs it: unzip_file() into wp-content/plugins.
WP_Filesystem();
$unzipped = unzip_file($zip, WP_PLUGIN_DIR);
if (is_wp_error($unzipped)) fail('unzip_file: ' . $unzipped->get_error_message());
$activated = activate_plugin('harbor/harbor.php');
if (is_wp_error($activated)) fail('activate_plugin: ' . $activated->get_error_message());
if (!is_plugin_active('harbor/harbor.php')) fail('the plugin is not active');

$author = wp_insert_user(array(
    'user_login' => 'author', 'user_pass' => 'harbor-author-pw', 'user_email' => 'author@example.org', 'role' => 'author',
));
if (is_wp_error($author)) fail('wp_insert_user: ' . $author->get_error_message());

// What an editor pastes into a Custom HTML block: Harbor's snippet as README.md gives it.
$pasted = "<!-- wp:html -->\n<script src=\"/wp-content/plugins/harbor/harbor.js\" defer></script>\n"
    . "<harbor-widget country=\"GB\" lang=\"en\">\n<p>If you are in danger now, call your local emergency number.</p>\n</harbor-widget>\n"
    . "<!-- /wp:html -->";

$pages = array();
function publish($key, $user, $title, $content, $type = 'page') {
    global $pages;
    wp_set_current_user($user);
    // kses_init() runs on set_current_user; called again here so the filters match this user
    // exactly as when a post is saved from the editor: on for anyone without unfiltered_html.
    kses_init();
    $id = wp_insert_post(array(
        'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish',
        'post_type' => $type, 'post_author' => $user,
    ), true);
    if (is_wp_error($id)) fail("wp_insert_post ($key): " . $id->get_error_message());
    $pages[$key] = array(
        'path' => '/?' . ($type === 'page' ? 'page_id' : 'p') . '=' . $id,
        'stored' => get_post_field('post_content', $id, 'raw'),
        'unfiltered_html' => user_can($user, 'unfiltered_html'),
        'kses' => has_filter('content_save_pre', 'wp_filter_post_kses') !== false,
    );
}

publish('shortcode', $admin, 'Get support',
    "<!-- wp:shortcode -->\n[harbor country=\"GB\" lang=\"en\" mode=\"inline\" contact-url=\"https://example.org/contact\""
    . " contact-label='Book a \"first\" call & more' exit-url=\"javascript:alert(1)\" onclick=\"alert(1)\" data-x=\"1\" theme=\"light\"]\n<!-- /wp:shortcode -->");
publish('block', $admin, 'Support (block)',
    '<!-- wp:harbor/widget {"country":"US","mode":"launcher","report-url":"mailto:office@example.org","style":"x"} /-->');
publish('pasted_by_author', (int) $author, 'Pasted by an author', $pasted, 'post');
publish('pasted_by_admin', $admin, 'Pasted by an administrator', $pasted, 'post');
publish('shortcode_by_author', (int) $author, 'Shortcode by an author',
    "<!-- wp:shortcode -->\n[harbor country=\"GB\" lang=\"en\"]\n<!-- /wp:shortcode -->", 'post');

file_put_contents($out, json_encode($pages, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
echo "WordPress " . get_bloginfo('version') . " installed at $url; Harbor plugin active; " . count($pages) . " posts published\n";
