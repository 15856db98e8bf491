package kdring.releng.emfcodegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

import org.eclipse.emf.mwe.utils.ProjectMapping;
import org.eclipse.emf.mwe.utils.StandaloneSetup;
import org.eclipse.emf.mwe2.ecore.EcoreGenerator;
import org.eclipse.emf.mwe2.runtime.workflow.WorkflowContextImpl;

/**
 * Generates the Java code of one EMF model, headless, with MWE2's {@link EcoreGenerator}: the same
 * templates and the same merge rules (members marked {@code @generated NOT} survive) as the Eclipse IDE's
 * "Generate Model Code".
 * <p>
 * Usage: {@code GenerateModel BUNDLE/model/NAME.genmodel}. The genmodel's folder's parent is the bundle, and
 * it is mapped to the Eclipse project that the genmodel's {@code modelDirectory}
 * ({@code /kdring.model/src-gen}) names, so no {@code .project} file or workspace is needed. Only model
 * code is generated (no edit or editor plug-ins). EcoreGenerator reports failures only in its log, so they
 * are watched for there and turned into exit status 1. Run it through
 * {@code releng/scripts/generate-model.sh}.
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    /**
     * Generates the model code of the genmodel named by {@code args[0]}.
     *
     * @param args the path of the {@code .genmodel} file
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateModel BUNDLE/model/NAME.genmodel");
            System.exit(2);
        }
        Path genModel = Path.of(args[0]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(genModel)) {
            System.err.println("GenerateModel: no genmodel at " + genModel);
            System.exit(2);
        }
        Path bundle = genModel.getParent().getParent();
        Matcher directory = Pattern.compile("modelDirectory=\"/([^/\"]+)/").matcher(Files.readString(genModel));
        if (!directory.find()) {
            System.err.println("GenerateModel: " + genModel + " has no modelDirectory=\"/PROJECT/...\"");
            System.exit(2);
        }
        String project = directory.group(1);
        List<String> errors = watchForErrors();

        StandaloneSetup setup = new StandaloneSetup();
        ProjectMapping mapping = new ProjectMapping();
        mapping.setProjectName(project);
        mapping.setPath(bundle.toString());
        setup.addProjectMapping(mapping);

        EcoreGenerator generator = new EcoreGenerator();
        generator.setGenModel("platform:/resource/" + project + "/" + bundle.relativize(genModel));
        generator.addSrcPath("platform:/resource/" + project + "/src");
        generator.setGenerateEdit(false);
        generator.setGenerateEditor(false);
        generator.setLineDelimiter("\n");
        generator.preInvoke();
        generator.invoke(new WorkflowContextImpl());
        generator.postInvoke();
        if (!errors.isEmpty()) {
            System.err.println("GenerateModel: generation failed:");
            errors.forEach(System.err::println);
            System.exit(1);
        }
        System.out.println("GenerateModel: generated " + genModel.getFileName() + " into " + bundle);
    }

    /** Collects log messages that report an ERROR diagnostic or an exception. */
    private static List<String> watchForErrors() {
        List<String> errors = new ArrayList<>();
        Logger.getRootLogger().addAppender(new AppenderSkeleton() {
            @Override
            protected void append(LoggingEvent event) {
                String message = String.valueOf(event.getMessage());
                if (message.contains("Diagnostic ERROR") || event.getThrowableInformation() != null
                        || event.getLevel().isGreaterOrEqual(org.apache.log4j.Level.ERROR)) {
                    errors.add(message);
                }
            }

            @Override
            public boolean requiresLayout() {
                return false;
            }

            @Override
            public void close() {
            }
        });
        return errors;
    }
}
