package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import audiobook.text.StoryParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who says each quotation, on dialogue written in the shapes books use. */
class SpeakerFinderTest {

    /** "first words of the quote=speaker" for every quotation, speakers "?" when unknown. */
    static List<String> speakers(String story, List<Person> people) {
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults(), new Casting(Casting.NARRATOR, Casting.DIALOGUE,
                people, java.util.Map.of(), false, List.of())).plan(new StoryParser(0).parse(story, "s.txt"), "s.txt");
        List<String> out = new ArrayList<>();
        for (Line line : plan.cast().lines()) {
            Segment first = plan.chapters().get(line.chapter() - 1).segments().get(line.firstSegment());
            String words = first.text().replaceAll("[^\\p{L} ]", "").strip();
            String opening = words.contains(" ") ? words.substring(0, words.indexOf(' ')) : words;
            out.add(opening + "=" + (line.speaker() == null ? "?" : line.speaker()));
        }
        return out;
    }

    static List<String> speakers(String story) {
        return speakers(story, List.of());
    }

    @Test
    void tagsAfterTheQuotation() {
        assertEquals(List.of("Run=Jukes", "Where=Mr. Rout", "Below=the captain", "Now=Jukes"), speakers("""
                “Run!” said Jukes.

                “Where?” asked Mr. Rout.

                “Below,” the captain shouted.

                “Now,” Jukes said quietly.
                """));
    }

    @Test
    void tagsBeforeTheQuotation() {
        assertEquals(List.of("Go=Jukes", "Stay=Mr. Rout"), speakers("""
                Jukes turned to the door and said, “Go on deck.”

                Then said Mr. Rout: “Stay where you are.”
                """));
    }

    @Test
    void aTagInTheMiddleAttributesBothHalves() {
        assertEquals(List.of("I=Jukes", "am=Jukes"), speakers("“I,” said Jukes, “am tired of this weather.”"));
    }

    @Test
    void pronounsAreTheLastNamedCharacterOfTheirGender() {
        assertEquals(List.of("Is=Mrs. Bennet", "I=Mr. Bennet", "You=Mrs. Bennet"), speakers("""
                Mrs. Bennet came into the room with her letters.

                “Is it true?” she asked.

                Mr. Bennet put down his paper. “I have no idea,” he said.

                “You never do,” she said.
                """));
    }

    @Test
    void unattributedTurnsAlternateBetweenTwoSpeakers() {
        assertEquals(List.of("Is=Jukes", "No=the captain", "Then=Jukes", "Because=the captain", "I=Jukes"),
                speakers("""
                        “Is the glass falling?” asked Jukes.

                        “No,” said the captain.

                        “Then why are we battening down?”

                        “Because I say so.”

                        “I see.”
                        """));
    }

    @Test
    void aSpeechOverParagraphsKeepsItsSpeaker() {
        assertEquals(List.of("It=Jukes", "We=Jukes", "And=Jukes", "Very=the captain"), speakers("""
                “It was the worst night of my life,” said Jukes. “We lost two boats.

                “And the cook was washed overboard.”

                “Very well,” said the captain.
                """));
    }

    @Test
    void nestedQuotationsBelongToTheOuterSpeaker() {
        assertEquals(List.of("He=Alice"), speakers(
                "\u201CHe told me \u2018go home,\u2019 said the Hatter, and then he left,\u201D said Alice."));
    }

    @Test
    void theActionBesideAQuotationTellsWhoSpeaks() {
        assertEquals(List.of("Sir=Jukes", "What=the captain"), speakers("""
                “Is it bad?” asked Jukes.

                “Sir,” Jukes said.

                The captain looked up from his chart. “What is it?”
                """).subList(1, 3));
    }

    @Test
    void castListAliasesNameOneCharacter() {
        List<Person> people = List.of(new Person("MacWhirr", List.of("Captain MacWhirr", "the captain"), Gender.MALE));
        assertEquals(List.of("Go=MacWhirr", "Yes=Jukes", "Now=MacWhirr"), speakers("""
                “Go below,” said the captain.

                “Yes, sir,” said Jukes.

                “Now,” said Captain MacWhirr.
                """, people));
    }

    @Test
    void withoutEvidenceTheSpeakerStaysUnknown() {
        assertEquals(List.of("Hello=?", "Who=?"), speakers("""
                The wind rose all night.

                “Hello?”

                “Who is there?” a voice cried.
                """));
        // A pronoun with nobody of its gender named stays unknown too.
        assertEquals(List.of("Stop=?"), speakers("The boat drifted. “Stop!” she cried."));
    }

    @Test
    void aReplyIsNotTheOneWhoSpokeBefore() {
        assertEquals(List.of("Jukes=MacWhirr", "Sir=Jukes"), speakers("""
                Jukes came up the ladder, his lamp swinging. He was wet through, and MacWhirr watched him.

                “Jukes!” said MacWhirr.

                “Sir?” he answered.
                """));
    }

    @Test
    void theFirstPersonNarratorSpeaksAsI() {
        assertEquals(List.of("Yes=I"), speakers("“Yes,” I said."));
    }
}
