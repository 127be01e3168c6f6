package audiobook.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words {@link SceneScorer} reads a scene from. Weather and mood words carry a weight per
 * scene channel: how strongly one plain mention, alone in a short sentence, sets that channel.
 * The other word lists say how to read a mention: an onset ("a storm rolled in") or a strong
 * adjective ("a violent tempest") makes it an event happening now; a hypothetical or habitual
 * sentence ("he would warn me of a dust storm") or a simile ("like a storm") makes it a passing
 * mention; an ending ("the storm had passed") lets the channel fall.
 */
final class SceneLexicon {

    /** The scene channels, in the order the plan reports them. */
    static final List<String> CHANNELS = List.of("storm", "rain", "wind", "sea", "dust", "calm");

    /** The channels that are weather (all but calm): a scene of them holds until the text ends it. */
    static final List<String> WEATHER_CHANNELS = List.of("storm", "rain", "wind", "sea", "dust");

    static final Map<String, Map<String, Double>> WEATHER = table(
            "storm", "storm 0.6, storms 0.6, stormy 0.45, tempest 0.7, tempests 0.7, thunder 0.65, thundered 0.65,"
                    + " thunderstorm 0.75, thunderclap 0.7, lightning 0.5, hurricane 0.8, cyclone 0.8, typhoon 0.8,"
                    + " squall 0.5, blizzard 0.7, gale 0.4, deluge 0.5, sandstorm 0.5",
            "rain", "rain 0.5, rains 0.5, rained 0.5, raining 0.55, rainfall 0.5, raindrops 0.4, drizzle 0.3,"
                    + " drizzling 0.3, downpour 0.7, deluge 0.6, torrent 0.4, torrential 0.6, shower 0.3,"
                    + " showers 0.3, hail 0.5, sleet 0.4, drenched 0.3, thunderstorm 0.5",
            "wind", "wind 0.45, winds 0.45, windy 0.4, gust 0.5, gusts 0.5, gusting 0.5, gale 0.6, gales 0.6,"
                    + " breeze 0.25, breezes 0.25, draught 0.2, blustery 0.5, squall 0.5,"
                    + " hurricane 0.5, blizzard 0.4, sandstorm 0.5",
            "dust", "dust 0.45, dusty 0.35, dirt 0.2, sand 0.3, sandstorm 0.7, ash 0.3, ashes 0.3, grit 0.3,"
                    + " debris 0.35, rubble 0.2, haze 0.2, particulate 0.3",
            "calm", "calm 0.6, calmer 0.5, quiet 0.45, quieter 0.45, silence 0.6, silent 0.4, hush 0.5,"
                    + " hushed 0.5, peaceful 0.5, tranquil 0.5, stillness 0.6, serene 0.5, windless 0.7",
            "sea", "sea 0.5, seas 0.55, ocean 0.5, oceans 0.5, wave 0.45, waves 0.55, surf 0.6, spray 0.4, breakers 0.65,"
                    + " breaker 0.55, swell 0.45, swells 0.5, billows 0.5, whitecaps 0.55, spume 0.5, foam 0.3,"
                    + " tide 0.35, tides 0.35, hull 0.35, deck 0.3, decks 0.3, bow 0.2, stern 0.25, keel 0.35,"
                    + " mast 0.35, foremast 0.35, mainmast 0.35, rigging 0.35, sail 0.3, sails 0.3, mainsail 0.35,"
                    + " jib 0.35, mainyard 0.35, ship 0.3, boat 0.3, dinghy 0.4, schooner 0.4, lifeboat 0.4,"
                    + " oars 0.3, shipwreck 0.5, typhoon 0.4, hurricane 0.2, gale 0.2, squall 0.2");

    /** Verbs that make weather happen, counted near a mention. */
    static final Set<String> ONSETS = Set.of("rolled", "rolling", "broke", "breaking", "burst", "began", "started",
            "swept", "sweeping", "raged", "raging", "lashed", "lashing", "pounded", "pounding", "hammered",
            "battered", "whipped", "whipping", "howled", "howling", "roared", "roaring", "poured", "pouring",
            "struck", "crashed", "crashing", "rumbled", "rumbling", "shook", "tore", "hit", "blew", "blowing",
            "swirled", "swirling", "gathered", "descended", "erupted", "drummed", "drumming", "rose", "rising",
            "arrived", "came", "fell", "falling", "beat", "beating", "scoured", "raced", "screamed", "flashed",
            "boomed", "booming", "surged", "surging", "heaved", "heaving", "stood", "towered");

    /** Adjectives that make a mention stronger. */
    static final Set<String> INTENSIFIERS = Set.of("violent", "fierce", "furious", "wild", "heavy", "savage",
            "terrible", "driving", "relentless", "great", "huge", "massive", "grinding", "biting", "bitter",
            "howling", "roaring", "raging", "torrential", "ferocious", "mighty");

    /** Words that put a whole sentence in the hypothetical, the habitual or the remembered. */
    static final Set<String> NOT_HAPPENING = Set.of("would", "could", "might", "may", "if", "unless",
            "potential", "possible", "possibly", "perhaps", "maybe", "danger", "dangers", "threat", "threats",
            "risk", "fear", "feared", "imagine", "imagined", "dream", "dreamed", "dreamt", "remember",
            "remembered", "memory", "memories", "whenever", "sometimes", "someday", "ever", "forecast");

    /** Words that make the mention just after them figurative. */
    static final Set<String> SIMILES = Set.of("like");

    /** Verbs that end weather: the mention lowers its channel instead of raising it. */
    static final Set<String> ENDINGS = Set.of("passed", "ended", "subsided", "died", "faded", "cleared",
            "eased", "stopped", "abated", "lifted", "ceased", "gone", "calmed", "settled", "itself", "spent",
            "dropped", "waned", "dwindled", "slackened", "lulled", "moderated", "quietened", "quieted");

    /**
     * A sentence that opens with a jump in time ("Over the next few weeks", "The next morning",
     * "Three days later") starts a new scene: the weather of the last one does not carry over.
     */
    static final Pattern TIME_JUMP = Pattern.compile(
            "^[\"'\u201C\u2018]?(?:(?:Then |And )?One (?:day|night|morning|evening|afternoon|winter|summer|spring|autumn)"
                    + "|(?:That|This) (?:night|day|morning|evening|afternoon|winter|summer|spring|autumn)"
                    + "|The (?:next|following) (?:day|morning|night|week|month|year|evening|spring|summer|winter)"
                    + "|The (?:day|morning|night) after|Next (?:morning|day)"
                    + "|(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A few|Several|Many|Some)"
                    + " (?:hours?|days?|weeks?|months?|years?|seasons?|winters?|summers?) (?:later|passed|went by)"
                    + "|(?:Days|Weeks|Months|Years|Hours|Some time|Much|Long) (?:later|afterwards?|passed)"
                    + "|Time passed|Afterwards|Later that|Meanwhile|In the (?:morning|spring|summer|autumn|winter)"
                    + "|Over the (?:next|following|years|weeks|months)|At (?:dawn|dusk|daybreak|nightfall|sunrise)"
                    + "|By (?:dawn|nightfall|morning|evening)|When (?:morning|dawn|spring|winter) came"
                    + "|Morning came|Dawn broke)(?!\\w)");

    private SceneLexicon() {
    }

    /** {@code channel, "word weight, word weight…", channel, …} as word → channel → weight. */
    private static Map<String, Map<String, Double>> table(String... channelsAndWords) {
        Map<String, Map<String, Double>> words = new HashMap<>();
        for (int i = 0; i < channelsAndWords.length; i += 2) {
            String channel = channelsAndWords[i];
            for (String entry : channelsAndWords[i + 1].split(",")) {
                String[] wordAndWeight = entry.strip().split(" ");
                words.computeIfAbsent(wordAndWeight[0], w -> new HashMap<>())
                        .put(channel, Double.parseDouble(wordAndWeight[1]));
            }
        }
        words.replaceAll((w, channels) -> Map.copyOf(channels));
        return Map.copyOf(words);
    }
}
