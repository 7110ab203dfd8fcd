/**
 * The reference implementation: tensors and the backend SPI with its CPU backend, layers, losses,
 * optimizers, networks, numerical gradients, training and data loading. It defines the ground truth
 * every submission is graded against.
 *
 * <p>Every package is exported only to the modules built on it: in the grader's child JVM, where
 * student classes share the module graph, a submission must not be able to call the reference.
 */
module dev.nngrade.nn {
  requires static transitive org.apiguardian.api;
  requires jdk.incubator.vector;

  exports dev.nngrade.nn.tensor to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.backend to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.backend.cpu to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.function to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.layer to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.net to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.init to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.gradient to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.optim to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.train to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;
  exports dev.nngrade.nn.data to dev.nngrade.nn.opencl, dev.nngrade.cli, dev.nngrade.solution;

  uses dev.nngrade.nn.backend.BackendProvider;

  opens dev.nngrade.nn.data; // the embedded data set is read as a resource
}
