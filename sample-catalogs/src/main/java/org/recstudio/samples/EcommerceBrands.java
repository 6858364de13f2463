package org.recstudio.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.recstudio.samples.EcommerceVocabulary.BEAUTY;
import static org.recstudio.samples.EcommerceVocabulary.ELECTRONICS;
import static org.recstudio.samples.EcommerceVocabulary.FASHION;
import static org.recstudio.samples.EcommerceVocabulary.GARDEN;
import static org.recstudio.samples.EcommerceVocabulary.HOME;
import static org.recstudio.samples.EcommerceVocabulary.OUTDOOR;
import static org.recstudio.samples.EcommerceVocabulary.SPORTS;
import static org.recstudio.samples.EcommerceVocabulary.TOYS;

/**
 * The 60 invented brands of the synthetic shop, each focused on one department (some on a second one).
 */
final class EcommerceBrands {

    /** Brand name, main department, second department or -1. */
    private record Seed(String name, int department, int secondary) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("Northvale", OUTDOOR, -1), new Seed("Cairnline", OUTDOOR, -1),
            new Seed("Fjellro", OUTDOOR, FASHION), new Seed("Ridgeback Supply Co.", OUTDOOR, -1),
            new Seed("Tundra Fox", OUTDOOR, SPORTS), new Seed("Wildmere", OUTDOOR, FASHION),
            new Seed("Larchwood Outfitters", OUTDOOR, GARDEN), new Seed("Outcrop", OUTDOOR, -1),
            new Seed("Voltaic", ELECTRONICS, -1), new Seed("Lumora", ELECTRONICS, HOME),
            new Seed("Pixelforge", ELECTRONICS, TOYS), new Seed("Arcwave", ELECTRONICS, -1),
            new Seed("Nexory", ELECTRONICS, -1), new Seed("Quillon Audio", ELECTRONICS, -1),
            new Seed("Brightcore", ELECTRONICS, GARDEN), new Seed("Zentrik", ELECTRONICS, SPORTS),
            new Seed("Hearthwell & Co", HOME, -1), new Seed("Copperleaf", HOME, -1),
            new Seed("Maple Row", HOME, GARDEN), new Seed("Kettleby", HOME, -1),
            new Seed("Saltbox Home", HOME, GARDEN), new Seed("Linden Lane", HOME, -1),
            new Seed("Oakhollow", HOME, -1), new Seed("Pantrywise", HOME, -1),
            new Seed("Threadline", FASHION, -1), new Seed("Marlowe & Vine", FASHION, BEAUTY),
            new Seed("Indigo Loom", FASHION, -1), new Seed("Selvedge Studio", FASHION, -1),
            new Seed("Cotton Harbour", FASHION, -1), new Seed("Wren & Wool", FASHION, -1),
            new Seed("Fable Street", FASHION, -1), new Seed("Norla", FASHION, BEAUTY),
            new Seed("Peakform", SPORTS, -1), new Seed("Kinetiq", SPORTS, ELECTRONICS),
            new Seed("Stridewell", SPORTS, OUTDOOR), new Seed("Ironleaf Athletics", SPORTS, -1),
            new Seed("Flowstate", SPORTS, -1), new Seed("Veloce Labs", SPORTS, OUTDOOR),
            new Seed("Corebound", SPORTS, -1),
            new Seed("Lumiere Botanica", BEAUTY, -1), new Seed("Dewlab", BEAUTY, -1),
            new Seed("Saltwater Apothecary", BEAUTY, -1), new Seed("Verdance", BEAUTY, -1),
            new Seed("Glowry", BEAUTY, -1), new Seed("Petal & Pine", BEAUTY, GARDEN),
            new Seed("Mistral Skin", BEAUTY, -1),
            new Seed("Tinker Tree", TOYS, -1), new Seed("Brightblock", TOYS, -1),
            new Seed("Puzzleworks", TOYS, -1), new Seed("Meeple Mill", TOYS, -1),
            new Seed("Kitefly", TOYS, OUTDOOR), new Seed("Hopscotch Lane", TOYS, -1),
            new Seed("Marble Moon", TOYS, HOME),
            new Seed("Greenthumb Works", GARDEN, -1), new Seed("Rootstock & Co", GARDEN, -1),
            new Seed("Fernhill", GARDEN, HOME), new Seed("Trowel & Twine", GARDEN, -1),
            new Seed("Sunpatch", GARDEN, -1), new Seed("Bramblewood", GARDEN, OUTDOOR),
            new Seed("Mosslane", GARDEN, -1));

    private static final List<Double> PRICE_LEVELS = List.of(0.72, 0.85, 1.0, 1.0, 1.15, 1.4);

    private EcommerceBrands() {
    }

    /** The brands, with a price level and size drawn from {@code rng}. */
    static List<Brand> generate(SplittableRandom rng) {
        List<Brand> brands = new ArrayList<>(SEEDS.size());
        for (Seed s : SEEDS) {
            double size = Draws.logNormal(rng, 1.0, 0.7);
            brands.add(new Brand(s.name(), s.department(), s.secondary(), Draws.pick(rng, PRICE_LEVELS), size));
        }
        return List.copyOf(brands);
    }
}
