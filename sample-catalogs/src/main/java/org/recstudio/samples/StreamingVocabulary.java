package org.recstudio.samples;

import java.util.List;

import static org.recstudio.samples.EcommerceVocabulary.split;

/**
 * The words of the synthetic streaming service: genres, title words, places, names and studios.
 *
 * <p>All titles, plots and studios are invented for RecStudio. Lists use {@code |} as separator.
 */
final class StreamingVocabulary {

    static final int DRAMA = 0;
    static final int COMEDY = 1;
    static final int THRILLER = 2;
    static final int CRIME = 3;
    static final int SCI_FI = 4;
    static final int FANTASY = 5;
    static final int HORROR = 6;
    static final int ROMANCE = 7;
    static final int ACTION = 8;
    static final int DOCUMENTARY = 9;
    static final int ANIMATION = 10;
    static final int FAMILY = 11;

    private static final List<Genre> GENRES = List.of(
            genre("Drama", 1.4, "intimate drama|sweeping family drama|quietly devastating drama",
                    "a widowed fisherman|a young violinist|a small-town nurse|an ageing boxer|a first-generation lawyer|a retired schoolteacher|an estranged eldest daughter",
                    "returns home to care for an ailing father|fights to keep the family vineyard afloat|must choose between ambition and loyalty|rebuilds a life after a long prison sentence|discovers a letter that rewrites the family history|takes in a stranger during the coldest winter in decades",
                    "Harbour|Winter|Inheritance|Tide|Orchard|Letters|Distance|Silence|River|House",
                    "Quiet|Long|Last|Open|Borrowed|Late|Distant|Small", 112, 52),
            genre("Comedy", 1.2, "warm comedy|offbeat comedy|sharp-tongued comedy",
                    "a hapless wedding planner|an overconfident food critic|a reluctant substitute teacher|a retired spy|a struggling stand-up comedian|an accident-prone dentist",
                    "accidentally becomes mayor of a tiny village|has one week to plan the wedding of the decade|fakes a talent for baking to win back an ex|inherits a failing llama farm|swaps lives with a celebrity lookalike|tries to survive a family holiday on a narrowboat",
                    "Weekend|Wedding|Holiday|Neighbours|Party|Plan|Trouble|Business|Club|Llama",
                    "Grand|Perfect|Terrible|Accidental|Little|Big|Lucky|Happy", 98, 26),
            genre("Thriller", 1.1, "taut thriller|slow-burn conspiracy thriller|tense psychological thriller",
                    "a retired cartographer|a night-shift radio host|a junior intelligence analyst|an insurance investigator|a ferry captain|a forensic accountant",
                    "uncovers a conspiracy in a coastal town|receives calls from a stranger who knows too much|witnesses a disappearance no one else believes happened|is framed for a crime on a snowbound train|finds a coded message in a second-hand book|must get a witness across the border in 48 hours",
                    "Signal|Witness|Cipher|Protocol|Alibi|Deadline|Shadow|Vanishing|Trace|Frequency",
                    "Silent|Hidden|Cold|Final|Dark|Black|Blind|Midnight", 108, 48),
            genre("Crime", 1.0, "gritty crime drama|meticulous crime story|darkly funny crime caper",
                    "a veteran detective|a rookie prosecutor|a getaway driver|a retired safecracker|a small-time fence|a coroner with a secret",
                    "reopens the cold case that ended a partner's career|plans one last heist at a country auction|goes undercover in the city's biggest laundering ring|tracks a string of art thefts across three cities|turns informant to protect a younger brother|investigates a murder at a members-only club",
                    "Heist|Verdict|Confession|Syndicate|Precinct|Ledger|Informant|Case|Jury|Job",
                    "Dirty|Clean|Last|Quiet|Crooked|Perfect|Cold|Long", 114, 55),
            genre("Sci-Fi", 0.9, "cerebral science-fiction drama|sprawling space opera|inventive near-future drama",
                    "a salvage pilot|a colony botanist|an android caretaker|a time-loop researcher|a deep-space mechanic|a teenage hacker",
                    "discovers a signal from a colony thought lost|wakes up decades early on a generation ship|must negotiate first contact alone|relives the same day until the city's collapse is stopped|smuggles a forbidden seed bank off a dying planet|finds a copy of themselves in a sealed laboratory",
                    "Orbit|Horizon|Signal|Colony|Drift|Echo|Station|Frontier|Paradox|Nebula",
                    "Outer|Lost|Distant|Infinite|Silent|Red|Second|Last", 121, 50),
            genre("Fantasy", 0.7, "epic fantasy|lyrical fantasy tale|swashbuckling fantasy adventure",
                    "an exiled princess|a reluctant apprentice mage|a cartographer of impossible places|a dragon keeper|a thief with a cursed ring|the last of the river witches",
                    "must unite five quarrelling kingdoms|steals a crown that refuses to be worn|searches for a door between the seasons|bargains with a forest that remembers everything|guards a secret that could end an ancient war|crosses a frozen sea to bring back the sun",
                    "Crown|Throne|Forest|Kingdom|Dragon|Oath|Ember|Tower|Key|Storm",
                    "Iron|Hollow|Winter|Golden|Broken|Silver|Ashen|Wild", 126, 58),
            genre("Horror", 0.6, "creeping horror|folk-horror chiller|claustrophobic horror",
                    "a night-shift caretaker|a grieving sound engineer|a young mother|a paranormal sceptic|a lighthouse keeper|a true-crime podcaster",
                    "hears a voice on the baby monitor that should not be there|takes a job at a hotel that never had any guests|moves to a village where no one is allowed to sleep|records something in the walls of a closed asylum|finds the same photograph in every room of a new house|is followed home by something from the marsh",
                    "Hollow|Marsh|Visitor|Attic|Ritual|Whisper|Hunger|Return|Lantern|Well",
                    "Pale|Dead|Red|Old|Crooked|Sleepless|Black|Empty", 96, 45),
            genre("Romance", 0.8, "bittersweet romance|sun-drenched romantic comedy|slow-burn love story",
                    "a travelling bookseller|a ferry mechanic|a pastry chef|a divorced architect|a wedding photographer|a violin maker",
                    "falls for a rival bidding on the same seaside cottage|meets the same stranger every year on the last train home|fakes an engagement to save a family restaurant|rediscovers a first love while restoring an old cinema|spends one summer translating love letters from the war|is snowed in at a mountain inn with an ex",
                    "Summer|Letters|Promise|Season|Vineyard|Encore|Heart|Kiss|Postcard|Waltz",
                    "Last|Endless|Second|Sweet|Little|Golden|Late|Paper", 104, 42),
            genre("Action", 1.0, "high-octane action thriller|relentless action saga|globe-trotting action adventure",
                    "a former special-forces medic|a stunt driver|an off-duty bodyguard|a disgraced pilot|a mountain rescue guide|a retired smuggler",
                    "must rescue hostages from a stranded cruise ship|races across Europe to stop a stolen prototype|defends a remote dam from a private army|has one night to clear their name|pulls off a rescue from a burning skyscraper|is hunted through the jungle after a crash landing",
                    "Strike|Pursuit|Breakpoint|Redline|Impact|Extraction|Velocity|Fury|Siege|Countdown",
                    "Total|Maximum|Hard|Rapid|Dead|Iron|Final|Zero", 118, 50),
            genre("Documentary", 0.7, "documentary|eye-opening documentary|intimate documentary",
                    "a team of marine biologists|a family of beekeepers|an amateur astronomer|a women's football club|a village orchestra|a generation of jazz musicians",
                    "tracks the last wild river dolphins|tries to save an ancient orchard from a motorway|spends a year chasing a total eclipse|rebuilds after the worst floods in a century|revives a forgotten music scene|maps the hidden life of city foxes",
                    "Planet|Ocean|Frontier|Story|Season|Harvest|Voices|Journey|Islands|Life",
                    "Hidden|Secret|Wild|Blue|Living|Frozen|Last|Inner", 94, 46),
            genre("Animation", 0.7, "animated adventure|hand-drawn animated fable|joyful animated comedy",
                    "a shy robot|a lost penguin|a young dragon|a brave little fox|a clockwork mouse|a cloud who is afraid of heights",
                    "dreams of painting the northern lights|sets out to find a way back to the South Pole|joins a band of misfit sky pirates|must save the forest festival from a storm|builds a rocket out of spare parts|learns to fly before winter comes",
                    "Adventure|Moon|Kingdom|Wings|Island|Quest|Garden|Clockwork|Comet|Pirates",
                    "Little|Magic|Great|Brave|Tiny|Flying|Secret|Wonderful", 92, 24),
            genre("Family", 0.6, "heart-warming family adventure|family comedy|gentle family story",
                    "a ten-year-old inventor|a grandmother with a secret|a scruffy family dog|a young football fan|a pony-mad teenager|a boy who can talk to birds",
                    "finds a map in the attic and sets off on a treasure hunt|helps a lost dog find its way across the country|enters the village's great pumpkin contest|spends a summer restoring a rusty old fairground|starts a band to save the local library|teaches a grumpy neighbour to love Christmas",
                    "Summer|Treasure|Christmas|Holiday|Pony|Fairground|Club|Secret|Map|Dog",
                    "Great|Little|Big|Best|Wonderful|Lucky|Secret|Magic", 95, 28));

    private static final List<String> PLACES = split("Ashford|Copper Valley|Kingsbridge|Marlow Bay|Hollow Creek|"
            + "Saltmarsh|Port Avalon|Eldermoor|Larkspur|Redwater|Thornbury|Greyhaven|Silver Lake|Northgate|"
            + "Juniper Falls|Blackwood|Cedar Point|Brightwater|Fenwick|Old Harbour");

    private static final List<String> NAMES = split("Marigold|Eleanor|Tomas|June|Rafael|Ada|Felix|Ines|Oskar|"
            + "Margot|Nadia|Theo|Lena|Kasimir|Rosa|Milo");

    private static final List<Studio> STUDIOS = List.of(
            new Studio("Lanternfish Pictures", List.of(DRAMA, THRILLER)),
            new Studio("Blue Heron Studios", List.of(DRAMA, ROMANCE)),
            new Studio("Northlight Films", List.of(DOCUMENTARY)),
            new Studio("Paper Moon Animation", List.of(ANIMATION, FAMILY)),
            new Studio("Tidewater Television", List.of(CRIME, DRAMA)),
            new Studio("Granite Peak Pictures", List.of(ACTION, THRILLER)),
            new Studio("Fox Hollow Media", List.of(HORROR)),
            new Studio("Cobalt Road Productions", List.of(SCI_FI, ACTION)),
            new Studio("Starling House", List.of(COMEDY, ROMANCE)),
            new Studio("Kestrel Entertainment", List.of(ACTION, CRIME)),
            new Studio("Wildflower Films", List.of(ROMANCE, DRAMA)),
            new Studio("Iron Gate Pictures", List.of(CRIME, THRILLER)),
            new Studio("Sable Street Studios", List.of(COMEDY)),
            new Studio("Open Field Documentaries", List.of(DOCUMENTARY)),
            new Studio("Little Comet Animation", List.of(ANIMATION, FAMILY)),
            new Studio("Harbourlight Television", List.of(DRAMA, COMEDY)),
            new Studio("Quarry Lane Pictures", List.of(THRILLER, HORROR)),
            new Studio("Nightjar Films", List.of(HORROR, FANTASY)),
            new Studio("Amberline Studios", List.of(FANTASY, FAMILY)),
            new Studio("Saltmarsh Media", List.of(DOCUMENTARY, DRAMA)),
            new Studio("Copperline Pictures", List.of(SCI_FI, FANTASY)),
            new Studio("Velvet Owl Productions", List.of(COMEDY, FAMILY)),
            new Studio("Meridian Square Films", List.of(DRAMA, CRIME)),
            new Studio("Halcyon Reel", List.of(ROMANCE, COMEDY)));

    private StreamingVocabulary() {
    }

    /** The genres, indexed by the constants above. */
    static List<Genre> genres() {
        return GENRES;
    }

    /** Invented place names for titles. */
    static List<String> places() {
        return PLACES;
    }

    /** First names for titles. */
    static List<String> names() {
        return NAMES;
    }

    /** The studios. */
    static List<Studio> studios() {
        return STUDIOS;
    }

    private static Genre genre(String name, double weight, String openings, String characters, String plots,
                               String nouns, String adjectives, int movieMinutes, int episodeMinutes) {
        return new Genre(name, weight, split(openings), split(characters), split(plots), split(nouns),
                split(adjectives), movieMinutes, episodeMinutes);
    }
}
