package dev.nngrade.cli;

import dev.nngrade.nn.data.MnistData;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data}: the embedded Fashion-MNIST subset by default, or any folder of MNIST-format files. */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "FOLDER",
      description = {
        "Folder with train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz], t10k-images-idx3-ubyte[.gz],",
        "t10k-labels-idx1-ubyte[.gz]; 'embedded' (default) is a 6000+1000 image Fashion-MNIST subset;",
        "'fashion' is Debian's full set in " + "/usr/share/datasets/fashion-mnist."
      },
      defaultValue = "embedded")
  String data;

  MnistData load() throws IOException {
    return switch (data) {
      case "embedded" -> MnistData.embedded();
      case "fashion" -> MnistData.fromFolder(MnistData.DEBIAN_FASHION_MNIST);
      default -> MnistData.fromFolder(Path.of(data));
    };
  }

  String label() {
    return data;
  }
}
