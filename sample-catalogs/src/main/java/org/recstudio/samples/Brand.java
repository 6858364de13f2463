package org.recstudio.samples;

/**
 * An invented brand with a category focus and a price level.
 *
 * @param name       the brand name
 * @param department index of the department it mostly sells in
 * @param secondary  index of a department it sometimes sells in, or -1
 * @param priceLevel factor applied to category prices (budget below 1, premium above)
 * @param size       relative number of products it carries
 */
record Brand(String name, int department, int secondary, double priceLevel, double size) {
}
