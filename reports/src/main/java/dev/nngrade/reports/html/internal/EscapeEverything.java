package dev.nngrade.reports.html.internal;

import dev.nngrade.reports.html.Html;
import org.apache.velocity.context.Context;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Escapes every value a template inserts, so that a template cannot forget to; only references
 * named {@code $svg...} (charts the reports module draws itself from numbers) go in as they are.
 */
public final class EscapeEverything implements ReferenceInsertionEventHandler {
  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (reference.startsWith("$svg") || reference.startsWith("${svg") || reference.startsWith("$!svg") || reference.startsWith("$!{svg")) {
      return value;
    }
    return Html.escape(value);
  }
}
