/**
 * The reference implementation: tensors and the backend SPI with its CPU backend, layers, losses,
 * optimizers, networks, numerical gradients, training and data loading. It defines the ground truth
 * every submission is graded against.
 */
module dev.nngrade.nn {
  requires static transitive org.apiguardian.api;
  requires jdk.incubator.vector;

  exports dev.nngrade.nn.tensor;
  exports dev.nngrade.nn.backend;

  uses dev.nngrade.nn.backend.BackendProvider;
  exports dev.nngrade.nn.backend.cpu;
  exports dev.nngrade.nn.function;
  exports dev.nngrade.nn.layer;
  exports dev.nngrade.nn.net;
  exports dev.nngrade.nn.init;
  exports dev.nngrade.nn.gradient;
  exports dev.nngrade.nn.optim;
  exports dev.nngrade.nn.train;
  exports dev.nngrade.nn.data;

  opens dev.nngrade.nn.data; // the embedded data set is read as a resource
}
