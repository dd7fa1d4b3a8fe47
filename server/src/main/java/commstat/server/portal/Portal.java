package commstat.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The portal's browse view: the published disclosures matching the filters, and the choices for each filter
 * (units and quarters that have a publication).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Portal(String district, String street, String community, String quarter,
                     List<PublishedDisclosure> disclosures, List<Choice> districts, List<Choice> streets,
                     List<Choice> communities, List<String> quarters) {
    public Portal {
        disclosures = List.copyOf(disclosures);
        districts = List.copyOf(districts);
        streets = List.copyOf(streets);
        communities = List.copyOf(communities);
        quarters = List.copyOf(quarters);
    }

    /** A unit to filter by. */
    public record Choice(String code, String name) {
    }

    /** The portal URL with these filters, one of them replaced. */
    public String href(String key, String value) {
        StringBuilder q = new StringBuilder();
        append(q, "district", key.equals("district") ? value : district);
        append(q, "street", key.equals("street") ? value : street);
        append(q, "community", key.equals("community") ? value : community);
        append(q, "quarter", key.equals("quarter") ? value : quarter);
        return "/portal" + (q.length() == 0 ? "" : "?" + q);
    }

    private static void append(StringBuilder q, String key, String value) {
        if (value != null) {
            q.append(q.length() == 0 ? "" : "&").append(key).append('=').append(value);
        }
    }
}
