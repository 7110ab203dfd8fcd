package dev.nngrade.grader.assignment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.nngrade.contract.Language;
import java.io.IOException;
import java.util.Locale;

/**
 * An assignment file spells its language {@code ja} or {@code en}; the contract's {@link Language}
 * has no JSON form of its own, because the contract depends on nothing (students compile against it).
 */
final class LanguageJson {
  private LanguageJson() {}

  public static final class Writer extends StdSerializer<Language> {
    private static final long serialVersionUID = 1L;

    public Writer() {
      super(Language.class);
    }

    @Override
    public void serialize(Language value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.name().toLowerCase(Locale.ROOT));
    }
  }

  public static final class Reader extends StdDeserializer<Language> {
    private static final long serialVersionUID = 1L;

    public Reader() {
      super(Language.class);
    }

    @Override
    public Language deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return Language.parse(p.getValueAsString());
    }
  }
}
