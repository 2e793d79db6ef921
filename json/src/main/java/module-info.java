/**
 * JSON reading and writing of the clustermeet model on Jackson databind. The mapping itself comes
 * with the JSON issue; for now the module only fixes its dependencies, so that core stays free of
 * Jackson.
 */
module org.clustermeet.json {
    requires org.clustermeet.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
}
