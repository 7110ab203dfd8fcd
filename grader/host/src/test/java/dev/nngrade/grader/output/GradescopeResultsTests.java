package dev.nngrade.grader.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How Gradescope's results.json carries feedback text a submission may have shaped. */
class GradescopeResultsTests {
  @Test
  void feedbackTextNeverBecomesMarkup() {
    String nasty = "*bold* _x_ [link](http://e.x) <script>alert(1)</script> `code` # head\n- item & more!";
    String md = GradescopeResults.markdown(nasty);
    // what Markdown would read as markup is escaped the way every dialect reads it: a backslash, or an entity
    assertEquals("\\*bold\\* \\_x\\_ \\[link\\](http://e.x) &lt;script&gt;alert(1)&lt;/script&gt; \\`code\\` # head  \n\\- item &amp; more!", md);
    assertEquals("1\\. first  \n\\# not a heading", GradescopeResults.markdown("1. first\n# not a heading"));
    assertEquals("<p>&lt;script&gt;a&amp;b &quot;q&quot; &#39;s&#39;<br>next</p>", GradescopeResults.format(List.of("<script>a&b \"q\" 's'\nnext"),
        GradescopeResults.Format.HTML));
  }
}
