"""Offline half of the project: MNIST data, tinygrad models, training, evaluation and WebGPU export."""
