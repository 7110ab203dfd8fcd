package dev.nngrade.strength.suites;

import dev.nngrade.grader.suites.TwoLayerNetworkHiddenTests;
import dev.nngrade.strength.JudgedLocally;

@JudgedLocally
class TwoLayerNetworkStrengthTests extends TwoLayerNetworkHiddenTests {}
