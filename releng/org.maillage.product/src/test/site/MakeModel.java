import java.nio.file.Files;
import java.nio.file.Path;

import org.maillage.dsl.samples.PlanGenerator;

/** Writes a generated model: java -cp org.maillage.dsl_*.jar MakeModel.java SIZE SEED FILE (run by site-test.sh). */
public class MakeModel {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[2]),
                new PlanGenerator(Long.parseLong(args[1]), PlanGenerator.Size.valueOf(args[0])).generate());
    }
}
