package org.clustermeet.core.value;

/** The 14 industrial ecosystems of the EU industrial strategy, the typology clusters are grouped by. */
public enum IndustrialEcosystem {
    /** Aerospace and defence. */
    AEROSPACE_AND_DEFENCE("aerospace & defence"),
    /** Agri-food. */
    AGRI_FOOD("agri-food"),
    /** Construction. */
    CONSTRUCTION("construction"),
    /** Cultural and creative industries. */
    CULTURAL_AND_CREATIVE_INDUSTRIES("cultural & creative industries"),
    /** Digital. */
    DIGITAL("digital"),
    /** Electronics. */
    ELECTRONICS("electronics"),
    /** Energy-intensive industries. */
    ENERGY_INTENSIVE_INDUSTRIES("energy-intensive industries"),
    /** Energy, renewables. */
    ENERGY_RENEWABLES("energy-renewables"),
    /** Health. */
    HEALTH("health"),
    /** Mobility, transport, automotive. */
    MOBILITY_TRANSPORT_AUTOMOTIVE("mobility-transport-automotive"),
    /** Proximity and social economy. */
    PROXIMITY_AND_SOCIAL_ECONOMY("proximity & social economy"),
    /** Retail. */
    RETAIL("retail"),
    /** Textiles. */
    TEXTILES("textiles"),
    /** Tourism. */
    TOURISM("tourism");

    private final String label;

    IndustrialEcosystem(String label) {
        this.label = label;
    }

    /** {@return the ecosystem's name as the EU typology writes it, for reports} */
    public String label() {
        return label;
    }
}
