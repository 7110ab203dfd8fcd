package dev.nngrade.grader.cli;

import dev.nngrade.contract.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang ja|en}; anything else is a usage error (exit 2) that says what is expected. */
public final class LanguageConverter implements ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    if (!value.equals("ja") && !value.equals("en")) {
      throw new TypeConversionException("language '" + value + "': expected ja or en");
    }
    return Language.parse(value);
  }
}
