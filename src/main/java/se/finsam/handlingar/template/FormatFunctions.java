package se.finsam.handlingar.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * The {@code fmt} object templates use: {@code fmt.belopp(n)}, {@code fmt.procent(n, 1)}, {@code fmt.datum("2024-03-22")},
 * {@code fmt.isodatum(...)}, {@code fmt.tid("10:00")}, {@code fmt.tidsspann("10:00", "12:00")}, {@code fmt.tal(n, 2)},
 * {@code fmt.text(markdown)}. Everything delegates to {@link SwedishFormat} and {@link RichText}.
 */
final class FormatFunctions {

    private FormatFunctions() {
    }

    static SimpleHash create(freemarker.template.ObjectWrapper wrapper) {
        SimpleHash fmt = new SimpleHash(wrapper);
        fmt.put("belopp", function(args -> SwedishFormat.amount(number(args, 0))));
        fmt.put("tal", function(args -> SwedishFormat.number(number(args, 0), optionalInt(args, 1, 0))));
        fmt.put("procent", function(args -> SwedishFormat.percent(number(args, 0), optionalInt(args, 1, 1))));
        fmt.put("datum", function(args -> SwedishFormat.longDate(date(args, 0))));
        fmt.put("isodatum", function(args -> SwedishFormat.isoDate(date(args, 0))));
        fmt.put("tid", function(args -> SwedishFormat.time(time(args, 0))));
        fmt.put("tidsspann", function(args -> SwedishFormat.timeSpan(time(args, 0), time(args, 1))));
        fmt.put("text", (TemplateMethodModelEx) args -> HTMLOutputFormat.INSTANCE.fromMarkup(RichText.toXhtml(string(args, 0))));
        fmt.put("rad", (TemplateMethodModelEx) args -> HTMLOutputFormat.INSTANCE.fromMarkup(RichText.inlineXhtml(string(args, 0))));
        return fmt;
    }

    private interface StringFunction {
        String apply(List<?> args) throws TemplateModelException;
    }

    private static TemplateMethodModelEx function(StringFunction f) {
        return args -> f.apply(args);
    }

    private static TemplateModel arg(List<?> args, int index) throws TemplateModelException {
        if (args.size() <= index || args.get(index) == null) {
            throw new TemplateModelException("Argument " + (index + 1) + " saknas (värdet finns inte i uppgifterna).");
        }
        return (TemplateModel) args.get(index);
    }

    private static BigDecimal number(List<?> args, int index) throws TemplateModelException {
        TemplateModel model = arg(args, index);
        if (model instanceof TemplateNumberModel n) {
            Number value = n.getAsNumber();
            return value instanceof BigDecimal bd ? bd : new BigDecimal(value.toString());
        }
        if (model instanceof TemplateScalarModel s) {
            try {
                return new BigDecimal(s.getAsString().trim());
            } catch (NumberFormatException e) {
                throw new TemplateModelException("Inte ett tal: \"" + s.getAsString() + "\"");
            }
        }
        throw new TemplateModelException("Argument " + (index + 1) + " ska vara ett tal.");
    }

    private static int optionalInt(List<?> args, int index, int fallback) throws TemplateModelException {
        return args.size() > index ? number(args, index).intValueExact() : fallback;
    }

    private static String string(List<?> args, int index) throws TemplateModelException {
        TemplateModel model = arg(args, index);
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("Argument " + (index + 1) + " ska vara text.");
    }

    private static LocalDate date(List<?> args, int index) throws TemplateModelException {
        String value = string(args, index);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TemplateModelException("Inte ett datum på formen ÅÅÅÅ-MM-DD: \"" + value + "\"");
        }
    }

    private static LocalTime time(List<?> args, int index) throws TemplateModelException {
        String value = string(args, index).replace('.', ':');
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw new TemplateModelException("Inte ett klockslag på formen TT:MM: \"" + value + "\"");
        }
    }

}
