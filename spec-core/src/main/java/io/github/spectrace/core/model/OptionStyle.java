package io.github.spectrace.core.model;

/**
 * How messages name configuration options. The core speaks of options by neutral names such as
 * {@code maxLineLength}; an adapter renders them the way its users write them, for example as
 * {@code <maxLineLength>} in a POM.
 */
public interface OptionStyle {

    /** Options as {@code 'maxLineLength'} and entries as {@code rules.SPEC-LINE-LENGTH=off}. */
    OptionStyle NEUTRAL = new OptionStyle() {
        @Override
        public String name(String option) {
            return "'" + option + "'";
        }

        @Override
        public String entry(String option, String key, String value) {
            return option + "." + key + "=" + value;
        }
    };

    /**
     * An option's name.
     *
     * @param option the neutral name, for example {@code maxLineLength}
     * @return the name as users write it
     */
    String name(String option);

    /**
     * One entry of a map option with a value.
     *
     * @param option the neutral name of the map, for example {@code rules}
     * @param key the entry's key, for example {@code SPEC-LINE-LENGTH}
     * @param value its value, for example {@code off}
     * @return the entry as users write it
     */
    String entry(String option, String key, String value);
}
