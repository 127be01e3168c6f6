/**
 * Reading a story: decoding the file ({@link audiobook.text.StoryReader}, which also sends Markdown
 * to {@code MarkdownReader} and EPUBs to {@code EpubReader}, whose XHTML {@code HtmlText} reads); its structure
 * ({@link audiobook.text.StoryParser}: Project Gutenberg's frame and illustration notes, blocks,
 * front matter, headings and tables of contents, scene breaks, chapters at natural turns,
 * paragraphs and sentences); and the spoken form of the written text
 * ({@link audiobook.text.SpeechNormaliser}: typography, the user's {@link audiobook.text.Lexicon},
 * dialect spellings, letters, elisions, abbreviations, roman numerals, then one class for each kind
 * of number: telephone numbers, ranges, dates, times, money, measures, fractions, serials and plain
 * numbers; initialisms last). Knows nothing of audio.
 */
package audiobook.text;
