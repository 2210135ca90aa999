<?php
/**
 * Plugin Name:       Harbor
 * Description:       Harbor's crisis-support widget: the [harbor] shortcode and the Harbor block. Everything is served from this plugin's folder, pinned by Subresource Integrity.
 * Version:           @VERSION@
 * Requires at least: 5.8
 * Requires PHP:      7.4
 * License:           @LICENSE@
 * Text Domain:       harbor
 *
 * Written by `cargo xtask build` from wordpress/harbor.php in Harbor's repository: the
 * attribute list below comes from the same Rust constant as the widget's own, so the two
 * cannot drift. Do not edit this copy.
 */

if (!defined('ABSPATH')) {
    exit;
}

const HARBOR_VERSION = '@VERSION@';

/** Every attribute <harbor-widget> reads (src/config/mod.rs, ATTRIBUTES), nothing else. */
const HARBOR_ATTRIBUTES = /*@ATTRIBUTES@*/ array();

/** The attributes that hold an address, and the schemes each may use (esc_url drops the rest). */
const HARBOR_URL_ATTRIBUTES = array(
    'contact-url' => array('https'),
    'exit-url' => array('https'),
    'report-url' => array('https', 'mailto'),
);

/** The loader's integrity hash, from the manifest the build wrote next to it. */
function harbor_loader_integrity() {
    static $integrity = null;
    if ($integrity === null) {
        $integrity = '';
        $json = @file_get_contents(__DIR__ . '/manifest.json');
        $manifest = $json ? json_decode($json, true) : null;
        foreach (($manifest['files'] ?? array()) as $file) {
            if (($file['name'] ?? '') === 'harbor.js') {
                $integrity = (string) ($file['integrity'] ?? '');
            }
        }
    }
    return $integrity;
}

function harbor_register_assets() {
    wp_register_script('harbor', plugins_url('harbor.js', __FILE__), array(), HARBOR_VERSION, false);
}
add_action('init', 'harbor_register_assets');

/** Adds defer, integrity and crossorigin to the loader's tag (and to no other script). */
function harbor_script_tag($tag, $handle, $src) {
    if ($handle !== 'harbor') {
        return $tag;
    }
    $integrity = harbor_loader_integrity();
    $extra = ' defer';
    if ($integrity !== '') {
        $extra .= ' integrity="' . esc_attr($integrity) . '" crossorigin="anonymous"';
    }
    return preg_replace('/<script(?=[\s>])/', '<script' . $extra, $tag, 1);
}
add_filter('script_loader_tag', 'harbor_script_tag', 10, 3);

/**
 * Renders <harbor-widget> from shortcode or block attributes: only Harbor's attributes, each
 * escaped; unknown ones are dropped, and an address that esc_url refuses is left out (the
 * widget then uses its default).
 */
function harbor_render($atts, $content = '') {
    $atts = is_array($atts) ? $atts : array();
    $html = '<harbor-widget';
    foreach (HARBOR_ATTRIBUTES as $name) {
        if (!isset($atts[$name]) || !is_scalar($atts[$name])) {
            continue;
        }
        $value = trim((string) $atts[$name]);
        if ($value === '') {
            continue;
        }
        if (isset(HARBOR_URL_ATTRIBUTES[$name])) {
            $value = esc_url($value, HARBOR_URL_ATTRIBUTES[$name]);
            if ($value === '') {
                continue;
            }
        } else {
            $value = esc_attr($value);
        }
        $html .= ' ' . $name . '="' . $value . '"';
    }
    $html .= '>';
    if (is_string($content) && $content !== '') {
        // The shortcode's own content ([harbor]…[/harbor]) is what the widget shows if it
        // cannot start; it is filtered like a post by wp_kses_post.
        $html .= wp_kses_post(do_shortcode($content));
    }
    $html .= '</harbor-widget>';
    wp_enqueue_script('harbor');
    return $html;
}

function harbor_shortcode($atts, $content = '') {
    // shortcode_parse_atts lower-cases names; values arrive as typed.
    return harbor_render($atts, $content === null ? '' : $content);
}
add_shortcode('harbor', 'harbor_shortcode');

/** The Harbor block: rendered on the server by the same function as the shortcode. */
function harbor_register_block() {
    if (!function_exists('register_block_type')) {
        return;
    }
    $attributes = array();
    foreach (HARBOR_ATTRIBUTES as $name) {
        $attributes[$name] = array('type' => 'string', 'default' => '');
    }
    wp_register_script(
        'harbor-block-editor',
        plugins_url('block-editor.js', __FILE__),
        array('wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components'),
        HARBOR_VERSION,
        true
    );
    register_block_type('harbor/widget', array(
        'api_version' => 2,
        'title' => 'Harbor',
        'category' => 'widgets',
        'attributes' => $attributes,
        'editor_script' => 'harbor-block-editor',
        'render_callback' => function ($attrs) {
            return harbor_render($attrs);
        },
    ));
}
add_action('init', 'harbor_register_block');
