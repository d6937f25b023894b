package io.github.spectrace.core.internal.text;

/** How messages of the stages name configuration options, as the configuration's style says. */
public interface OptionNames {

    /** Options as {@code 'name'}, for tests. */
    OptionNames PLAIN = new OptionNames() {
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
     * @param option the neutral name
     * @return the name as users write it
     */
    String name(String option);

    /**
     * One entry of a map option.
     *
     * @param option the neutral name of the map
     * @param key the entry's key
     * @param value its value
     * @return the entry as users write it
     */
    String entry(String option, String key, String value);
}
