package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.ConvolutionHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class ConvolutionStrengthTests extends ConvolutionHiddenTests {}
